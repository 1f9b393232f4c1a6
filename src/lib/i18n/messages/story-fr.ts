/** Les graphiques du récit, en français : titres, constats, axes, légendes et notes (les mêmes clés que `story-en.ts`). */
import type { storyEn } from './story-en';

export const storyFr: Record<keyof typeof storyEn, string> = {
	// Le récit
	'story.title': 'Le Canada et la Chine, janvier 2026',
	'story.description': 'La relation Canada–Chine de janvier 2026 en données citées sur le commerce, les droits de douane et l’opinion.',
	'story.h1': 'Le Canada et la Chine en janvier 2026 : les chiffres derrière la visite',
	'story.lede':
		'À la mi-janvier 2026, le premier ministre du Canada s’est rendu à Pékin, une première depuis 2017, et en est revenu avec un nouveau partenariat et un marché commercial : un contingent de voitures électriques chinoises contre des droits chinois réduits sur le canola. Quelques chiffres ont porté la couverture de presse. Voici chacun d’eux, d’où il vient et ce que disent les séries officielles qui l’entourent.',
	'story.headlines.h': 'Les chiffres cités',
	'story.headlines.p':
		'Quelques nombres ont fait l’essentiel du travail dans les reportages : le total des douanes chinoises pour les achats au Canada, les parts des exportations canadiennes destinées aux États-Unis et à la Chine, et deux résultats de sondage. Là où la série officielle dit autre chose, elle est montrée à côté.',
	'story.trade.h': 'Deux pays, deux comptabilités',
	'story.trade.p':
		'Le commerce entre le Canada et la Chine a grandi pendant quarante ans, surtout dans un sens : le Canada achète bien plus à la Chine qu’il ne lui vend. Chaque pays compte les mêmes envois à sa façon, si bien que les courbes « selon le Canada » et « selon la Chine » ne se rejoignent jamais. En 2025, la question n’était pas seulement de savoir de combien le commerce avait reculé, mais quels chiffres on lisait.',
	'story.dependence.h': 'Un client avant tous les autres',
	'story.dependence.p':
		'Quoi qu’il arrive avec la Chine, les États-Unis achètent l’essentiel de ce que le Canada exporte. La part de la Chine est restée de l’ordre de quelques pour cent : un partenariat avec Pékin diversifie à la marge, il ne remplace pas les États-Unis.',
	'story.tariffs.h': 'Surtaxes et représailles',
	'story.tariffs.p':
		'En 2024, le Canada s’est aligné sur les surtaxes américaines visant les véhicules électriques, l’acier et l’aluminium chinois. La Chine a répondu en 2025 par des droits sur le canola, le porc et les produits de la mer canadiens. Le marché de janvier 2026 rouvre en partie chacune de ces portes.',
	'story.quota.h': 'Quelle est la taille du contingent de VE?',
	'story.quota.p':
		'Le contingent laisse entrer chaque année un nombre fixe de véhicules électriques chinois au tarif ordinaire. Comparé à la taille du marché automobile canadien, il est petit, même une fois élargi.',
	'story.opinion.h': 'L’opinion publique bascule',
	'story.opinion.p':
		'L’opinion des Canadiens a bougé elle aussi. Après des années de recul à la suite des détentions de 2018, les opinions favorables à la Chine ont remonté en 2025, au moment même où celles envers les États-Unis chutaient.',

	// headline-figures
	'headline.title': 'Les chiffres derrière les manchettes',
	'headline.units': 'Tels que cités : $ US, pour cent des exportations, pour cent des adultes',
	'headline.basis':
		'Chaque chiffre tel que les articles le citent, à côté de la série officielle dont il provient lorsque les deux diffèrent',
	'headline.cn.label': 'Importations chinoises en provenance du Canada, 2025',
	'headline.cn.detail': '{change} par rapport à 2024, selon les douanes chinoises',
	'headline.cn.official':
		'Les chiffres du Canada vont dans l’autre sens : des exportations vers la Chine de {value2025} en 2025, {change} par rapport à {value2024} en 2024. Les chiffres miroirs diffèrent : évaluation (CAF contre FAB), marchandises passant par des pays tiers, calendrier et devise.',
	'headline.usa.label': 'Part des exportations canadiennes achetée par les États-Unis, 2024',
	'headline.chn.label': 'Part des exportations canadiennes achetée par la Chine, 2024',
	'headline.share.detail': 'tel que cité',
	'headline.share.official': 'Les totaux douaniers de Statistique Canada donnent {share}.',
	'headline.favchn.label': 'Canadiens ayant une opinion favorable de la Chine',
	'headline.favusa.label': 'Canadiens ayant une opinion favorable des États-Unis',
	'headline.poll.detail': 'De {from} à {to}, Pew Research Center',
	'headline.table.caption': 'Les chiffres des manchettes tels que cités, à côté des séries officielles',
	'headline.table.figure': 'Chiffre',
	'headline.table.quoted': 'Tel que cité',
	'headline.table.detail': 'Détail',
	'headline.table.official': 'Série officielle',
	'headline.takeaway':
		'Le Canada vend {usa} de ses exportations aux États-Unis et {chn} à la Chine; pourtant, en 2025, les Canadiens jugeaient les deux pays aussi favorablement l’un que l’autre.',

	// bilateral-trade
	'bilateral.title': 'Le commerce de marchandises Canada–Chine, selon chaque pays',
	'bilateral.units': 'Milliards de $ US par année, prix courants',
	'bilateral.basis':
		'Commerce de marchandises selon les douanes; les chiffres du Canada (exportations FAB) et ceux de la Chine (importations CAF) côte à côte, en statistiques miroirs',
	'bilateral.yunit': 'Milliards de $ US',
	'bilateral.can-exports': 'Vers la Chine, selon le Canada',
	'bilateral.chn-imports': 'Vers la Chine, selon la Chine',
	'bilateral.can-imports': 'De la Chine, selon le Canada',
	'bilateral.chn-exports': 'De la Chine, selon la Chine',
	'bilateral.can-exports.long': 'Exportations du Canada vers la Chine (chiffres du Canada, FAB)',
	'bilateral.chn-imports.long': 'Importations de la Chine en provenance du Canada (chiffres de la Chine, CAF)',
	'bilateral.can-imports.long': 'Importations du Canada en provenance de la Chine (chiffres du Canada)',
	'bilateral.chn-exports.long': 'Exportations de la Chine vers le Canada (chiffres de la Chine, FAB)',
	'bilateral.point': '{series}, {year} : {value}',
	'bilateral.table.caption': 'Commerce de marchandises Canada–Chine par année, en milliards de $ US, selon chaque pays',
	'bilateral.takeaway':
		'Les douanes chinoises chiffrent à {value} les importations de 2025 en provenance du Canada, {change} par rapport à 2024; les chiffres des deux pays pour les mêmes marchandises ne concordent jamais tout à fait.',
	'bilateral.note':
		'Pourquoi les deux pays diffèrent : la Chine évalue ses importations CAF (fret et assurance compris), le Canada ses exportations FAB (à la frontière); les marchandises qui transitent par des pays tiers, le calendrier et les taux de change écartent aussi les chiffres.',
	'bilateral.controls': 'Choisir les chiffres à afficher',
	'bilateral.figures': 'Chiffres',
	'bilateral.side.both': 'Les deux pays',
	'bilateral.side.CAN': 'Chiffres du Canada',
	'bilateral.side.CHN': 'Chiffres de la Chine',
	'bilateral.years': 'Années',
	'bilateral.from': 'De',
	'bilateral.to': 'à',

	// export-dependence
	'dependence.title': 'Où vont les exportations du Canada',
	'dependence.units': 'Pour cent des exportations de marchandises du Canada chaque année',
	'dependence.basis':
		'Selon les exportations déclarées par le Canada (chiffres du FMI jusqu’en 2020 en $ US, totaux douaniers de Statistique Canada à partir de 2024 en $ CA; les parts ne dépendent pas de la devise)',
	'dependence.yunit': 'Pour cent des exportations',
	'dependence.point': '{series}, {year} : {value} des exportations du Canada',
	'dependence.table.caption': 'Parts des exportations de marchandises du Canada par destination, en pour cent',
	'dependence.takeaway':
		'En {year}, les États-Unis ont acheté {usa} des exportations de marchandises du Canada et la Chine {chn} : la presse a arrondi 2024 à {quotedUsa} contre {quotedChn}.',
	'dependence.statcan': 'Statistique Canada',
	'dependence.imf': 'FMI',

	// public-opinion
	'opinion.title': 'Comment les Canadiens voient la Chine et les États-Unis',
	'opinion.units': 'Pour cent des adultes canadiens ayant une opinion favorable',
	'opinion.basis':
		'Sondages du Pew Research Center auprès d’adultes canadiens; les points marquent les années de sondage, les lignes les relient par-dessus les années sans sondage',
	'opinion.yunit': 'Pour cent favorables',
	'opinion.point.USA': 'Opinion favorable des États-Unis, {year} : {value}',
	'opinion.point.CHN': 'Opinion favorable de la Chine, {year} : {value}',
	'opinion.callout.USA': 'É.-U. {from} → {to}',
	'opinion.callout.CHN': 'Chine {from} → {to}',
	'opinion.table.caption': 'Canadiens ayant une opinion favorable, en pour cent, par année de sondage',
	'opinion.takeaway':
		'Entre 2024 et 2025, l’opinion favorable des Canadiens envers la Chine est passée de {chnFrom} à {chnTo}, tandis que celle envers les États-Unis tombait de {usaFrom} à {usaTo} : les deux sont désormais à égalité.',

	// tariff-timeline
	'tariff.title': 'Les droits de douane entre le Canada et la Chine, 2024–2026',
	'tariff.units': 'Pour cent de la valeur des marchandises (taux ad valorem de chaque mesure)',
	'tariff.basis':
		'Le taux propre à chaque mesure, tel que publié; les surtaxes s’ajoutent au tarif ordinaire. Trait plein : en vigueur; tirets longs : annoncé; tirets courts : prévu',
	'tariff.lane.electric_vehicles': 'VE chinois au Canada',
	'tariff.lane.steel_aluminium': 'Acier, aluminium chinois',
	'tariff.lane.canola_seed': 'Graines de canola du Canada',
	'tariff.lane.canola_oil_meal_peas': 'Huile, tourteau de canola, pois',
	'tariff.lane.pork_seafood': 'Porc, fruits de mer du Canada',
	'tariff.status.in_force': 'en vigueur',
	'tariff.status.announced': 'annoncé',
	'tariff.status.expected': 'prévu',
	'tariff.no.duty': 'aucun droit',
	'tariff.segment': '{measure} : {rate} à partir du {date}, {status}',
	'tariff.table.caption': 'Mesures tarifaires entre le Canada et la Chine, par date',
	'tariff.table.from': 'À partir du',
	'tariff.table.measure': 'Mesure',
	'tariff.table.rate': 'Taux',
	'tariff.table.status': 'Statut',
	'tariff.table.note': 'Note',
	'tariff.key.canada': 'imposé par le Canada',
	'tariff.key.china': 'imposé par la Chine',
	'tariff.takeaway':
		'La surtaxe canadienne de {surtax} sur les VE chinois ({surtaxDate}) a entraîné en 2025 des droits chinois sur le canola, le porc et les produits de la mer, jusqu’à {seed} sur les graines de canola; l’entente de {quotaDate} laisse entrer {quota} VE chinois à {quotaRate}, et le droit sur les graines devrait tomber à environ {expected}.',

	// canola-exports
	'canola.title': 'Les exportations de canola du Canada vers tous ses partenaires',
	'canola.units.month': 'Millions de $ CA par mois, prix courants',
	'canola.units.quarter': 'Millions de $ CA par trimestre, prix courants',
	'canola.basis.month':
		'Exportations douanières du Canada vers toutes les destinations réunies (pas seulement la Chine), par mois; graines SH 1205, huile SH 1514, tourteau SH 2306.41',
	'canola.basis.quarter':
		'Exportations douanières du Canada vers toutes les destinations réunies (pas seulement la Chine), par trimestre; graines SH 1205, huile SH 1514, tourteau SH 2306.41',
	'canola.yunit': 'Millions de $ CA',
	'canola.seed': 'Graines',
	'canola.oil': 'Huile',
	'canola.meal': 'Tourteau',
	'canola.point': 'Exportations de canola ({product}), {period} : {value}',
	'canola.table.caption.month': 'Exportations de canola du Canada vers tous ses partenaires, par mois, en millions de $ CA',
	'canola.table.caption.quarter': 'Exportations de canola du Canada vers tous ses partenaires, par trimestre, en millions de $ CA',
	'canola.month': 'Mois',
	'canola.quarter': 'Trimestre',
	'canola.takeaway.month':
		'Les exportations de graines de canola vers toutes les destinations sont tombées à {trough} en {troughPeriod}, quand le dépôt chinois est entré en vigueur, contre {before} le mois précédent; en {lastPeriod}, elles étaient remontées à {last}.',
	'canola.takeaway.quarter':
		'Les exportations de graines de canola vers toutes les destinations sont tombées à {trough} au {troughPeriod}, quand le dépôt chinois est entré en vigueur, contre {before} le trimestre précédent; au {lastPeriod}, elles étaient remontées à {last}.',
	'canola.takeaway.none':
		'Exportations de graines, d’huile et de tourteau de canola vers toutes les destinations, autour des droits chinois.',

	// ev-quota
	'quota.title': 'Le contingent de VE chinois face au marché automobile canadien',
	'quota.units': 'Véhicules par année',
	'quota.basis':
		'Contingent tel qu’annoncé en janvier 2026 (un plafond, pas une prévision de ventes); ventes de véhicules telles que rapportées, arrondies',
	'quota.unit': 'Véhicules par année (hachuré : un plafond)',
	'quota.sales': 'Véhicules vendus par année',
	'quota.first': 'Contingent de VE, 1re année',
	'quota.fifth': 'Contingent de VE, 5e année',
	'quota.share': '{value} ({share} des ventes)',
	'quota.millions': '{value} M',
	'quota.table.caption': 'Contingent de VE chinois et ventes annuelles de véhicules au Canada',
	'quota.table.what': 'Quoi',
	'quota.table.value': 'Véhicules par année',
	'quota.table.share': 'Part des ventes annuelles',
	'quota.table.as': 'Tel que la source le formule',
	'quota.takeaway':
		'Même à sa taille de la cinquième année, {fifth}, le contingent ne représenterait qu’environ {share} des {sales} millions de véhicules que les Canadiens achètent chaque année.',

	// Événements
	'event.detentions':
		'Déc. 2018 : le Canada arrête Meng Wanzhou, de Huawei, à la demande des États-Unis; la Chine détient deux Canadiens (zone ombrée jusqu’à leur libération)',
	'event.release': '2021 : les deux Canadiens sont libérés après l’entente de Meng avec la justice américaine',
	'event.ev-surtax': 'Oct. 2024 : la surtaxe canadienne de 100 % sur les véhicules électriques chinois entre en vigueur',
	'event.canola-oil': 'Mars 2025 : droit chinois de 100 % sur l’huile et le tourteau de canola canadiens',
	'event.canola-seed': 'Août 2025 : dépôt antidumping chinois de 75,8 % sur les graines de canola canadiennes',
	'event.gyeongju': 'Oct. 2025 : Xi et Carney se rencontrent au sommet de l’APEC en Corée du Sud',
	'event.beijing': 'Janv. 2026 : Carney à Pékin; contingent de VE accordé contre des droits réduits sur le canola',
	'event.canola-expected': 'Mars 2026 : le droit combiné sur les graines de canola devrait tomber à environ 15 %',
	'expected.number': 'un nombre',
	'expected.finite': 'un nombre fini',
	'expected.whole': 'un nombre entier',
	'expected.safe': 'un nombre entier de taille sûre',
	'expected.date': 'une date du calendrier au format AAAA-MM-JJ',
	'expected.year': 'une année au format AAAA',
	'expected.month': 'un mois au format AAAA-MM',
	'expected.boolean': 'true ou false',
	'expected.required': 'une valeur (la colonne est obligatoire)',
	'expected.present': 'la présence de la colonne',
	'expected.iso2': 'un code ISO 3166-1 alpha-2',
	'expected.iso3': 'un code ISO 3166 alpha-3 ou un code du projet (voir src/lib/schema/extra-codes.ts)',
	'expected.one.of': 'l’une des valeurs {values}',
	'expected.min': 'un nombre ≥ {min}',
	'expected.max': 'un nombre ≤ {max}',
	'expected.pattern': 'un texte conforme à {pattern}',
	'expected.after.start': 'une date égale ou postérieure à period_start ({start})',
	'expected.lookup': 'un nom figurant dans data/mappings/{file}'
};
