/** Les mots du site lui-même, en français : son nom et sa navigation, le cadre des graphiques, le chargement des données, les téléchargements, les citations, l’intégration et les pages des chiffres et des sources (les mêmes clés que `site-en.ts`). */
import type { siteEn } from './site-en';

export const siteFr: Record<keyof typeof siteEn, string> = {
	// Le site
	'site.name': 'Trade Lens',
	'site.skip': 'Aller au contenu',
	'site.nav': 'Principale',
	'site.nav.story': 'Récit',
	'site.nav.present': 'Présenter',
	'site.nav.explore': 'Explorer',
	'site.nav.figures': 'Chiffres',
	'site.nav.sources': 'Sources',
	'site.nav.data': 'Données',
	'site.footer':
		'Trade Lens : statistiques ouvertes du commerce bilatéral. Chaque chiffre renvoie à sa source ; les fichiers de données et leurs licences sont sur la {link}.',
	'site.footer.link': 'page des données',
	'site.switch.label': 'Read this page in English',

	// Le cadre de chaque graphique
	'frame.units': 'Unités : {units}',
	'frame.basis': 'Base : {basis}',
	'frame.loading': 'Chargement…',
	'frame.events': 'Événements marqués sur le graphique',
	'frame.table': 'Tableau de données',
	'frame.source.one': 'Source : {sources}.',
	'frame.source.many': 'Sources : {sources}.',
	'frame.lines': '{title} : une ligne par série, par année; les flèches passent d’un point à l’autre',
	'frame.bars': '{title} : barres; les flèches passent de l’une à l’autre',
	'frame.lanes': '{title} : une rangée par groupe de produits; les flèches passent d’une mesure à l’autre',
	'frame.treemap': '{title} : parts en carte proportionnelle',
	'frame.bars.top': '{title} : les dix premiers, en barres',
	'frame.no.data': 'aucune donnée',

	// Téléchargements et intégration
	'export.download': 'Télécharger :',
	'export.failed': 'L’image n’a pas pu être produite : {detail}',
	'export.csv.link': 'Graphique Trade Lens : {link}',
	'export.accessed': 'Consulté le {date}',
	'embed.summary': 'Intégrer',
	'embed.help':
		'Collez ce code dans votre page. Le graphique s’affiche tout de suite (sans JavaScript); le script ajuste la hauteur du cadre au graphique.',
	'embed.view': 'Il s’ouvre sur la vue choisie ci-dessus.',
	'embed.colours': 'Couleurs',
	'embed.theme.light': 'Claires',
	'embed.theme.dark': 'Sombres',
	'embed.theme.auto': 'Selon le réglage du lecteur',
	'embed.language': 'Langue',
	'embed.code': 'Code d’intégration de {title}',
	'embed.copy': 'Copier le code',
	'embed.copied': 'Copié.',
	'embed.frame.title': '{title} (graphique Trade Lens)',
	'embed.back': 'Trade Lens : la vue complète, ses données et son SQL ↗',

	// La page d’un graphique
	'chart.crumbs': 'Récit',
	'chart.crumb.chart': 'graphique',
	'chart.sql.h': 'Le SQL derrière le graphique',
	'chart.sql.p':
		'Ces requêtes s’exécutent sur les fichiers Parquet publiés : dans Node à la construction de la page, puis dans votre navigateur avec DuckDB-WASM quand vous changez la vue. Les paramètres (comme les années) sont passés à part, en $1, $2…, jamais écrits dans le texte.',
	'chart.sql.reads': 'lit {tables}',
	'chart.pager': 'Autres graphiques',

	// Mots communs
	'word.year': 'Année',
	'word.source': 'Source',
	'word.quoted': '{value} (cité)',
	'word.us': 'États-Unis',
	'word.china': 'Chine',
	'word.rest': 'Reste du monde',
	'currency.USD': '$ US',
	'currency.CAD': '$ CA',
	'cite.apa': 'Trade Lens. ({year}). {title} [Jeu de données]. Données de {sources}. Consulté le {date} à {link}',
	'cite.chicago': 'Trade Lens. « {title}. » Jeu de données. Données de {sources}. Consulté le {date}. {link}.',
	'cite.bibtex.note': 'Données de {sources}. Consulté le {date}',
	'csv.view': 'Vue Trade Lens : {link}',
	'csv.licence': '{attribution}. Licence : {licence}',
	'csv.value':
		'value est dans la mesure de la vue ({measure}); amount est le flux en {currency} courants; months sous 12 marque une année que l’éditeur n’a pas terminée',

	// Chargement des données
	'load.engine': 'Le moteur de requêtes du navigateur (DuckDB-WASM) n’a pas pu démarrer; les graphiques montrent leur vue publiée.',
	'load.manifest.fetch': 'Le manifeste des données n’a pas pu être obtenu : vérifiez la connexion et rechargez la page.',
	'load.manifest.status': 'Le manifeste des données est introuvable (HTTP {status}).',
	'load.manifest.json': 'Le manifeste des données n’est pas du JSON valide.',
	'load.missing.fetch': 'Le fichier de données {file} n’a pas pu être obtenu.',
	'load.missing.status': 'Le fichier de données {file} est introuvable (HTTP {status}).',
	'load.checksum': 'Le fichier de données {file} ne correspond pas à la somme de contrôle du manifeste : il est peut-être périmé ou abîmé.',
	'load.corrupt': 'Le fichier de données {file} n’a pas pu être lu comme Parquet.',
	'load.table': 'La table {file} ne figure pas dans le manifeste des données.',
	'load.failed': 'La requête a échoué : {detail}',

	// Le registre des chiffres
	'figures.title': 'Registre des chiffres · Trade Lens',
	'figures.h1': 'Registre des chiffres',
	'figures.lede':
		'Chaque nombre que donnent les cinq articles, dans nos mots, avec le passage d’où il vient, son qualificatif et son statut. Là où les sources énoncent le même fait différemment, les deux versions sont gardées.',
	'figures.search': 'Rechercher',
	'figures.search.placeholder': 'canola, 2025, contingent…',
	'figures.all': 'Tous',
	'figures.clear': 'Effacer',
	'figures.count': '{shown} chiffres sur {total}',
	'figures.caption': 'Chiffres cités dans les articles',
	'figures.col.figure': 'Chiffre',
	'figures.col.claim': 'Énoncé',
	'figures.col.value': 'Valeur',
	'figures.col.period': 'Période',
	'figures.col.status': 'Statut',
	'figures.col.source': 'Source',
	'figures.col.chart': 'Graphique',
	'figures.col.measure': 'Mesure',
	'figures.conflicts.h': 'Là où les sources divergent',
	'figures.conflicts.p': 'Chaque groupe est un même fait, tel que différents articles ou passages l’énoncent.',
	'figures.claims.lang':
		'Les énoncés et les notes sont rédigés par le projet en anglais; les valeurs et les dates suivent la langue de la page.',

	// Sources
	'sources.title': 'Sources · Trade Lens',
	'sources.h1': 'Sources',
	'sources.lede':
		'Chaque source qu’utilise Trade Lens, avec son éditeur, sa date, sa licence et la mention imprimée à côté de ses données.',
	'sources.kind.article': 'Articles de presse',
	'sources.kind.dataset': 'Données officielles',
	'sources.kind.web_page': 'Pages Web',
	'sources.kind.compilation': 'Compilations',
	'sources.licence': 'Licence :',
	'sources.attribution': 'Mention :',

	// Fichiers de données
	'data.title': 'Fichiers de données · Trade Lens',
	'data.description': 'Statistiques du commerce bilatéral, citées et interrogeables dans le navigateur.',
	'data.h1': 'Fichiers de données',
	'data.lede': 'Statistiques du commerce bilatéral, tirées de chiffres cités et de tableaux officiels, en données ouvertes.',
	'data.h2': 'Tables publiées',
	'data.caption': 'Fichiers Parquet sous {dir}, version du schéma {version}',
	'data.col.table': 'Table',
	'data.col.holds': 'Contenu',
	'data.col.rows': 'Lignes',
	'data.col.file': 'Fichier',
	'sources.file': 'Fichier :',
	'data.raw.checksum': 'SHA-256 :',
	'data.raw.h2': 'Les fichiers officiels derrière elles',
	'data.raw.lede':
		'Chaque table officielle est construite à partir de ces fichiers, conservés dans le dossier data/raw du projet, pour que chacun puisse reconstruire les tables et les comparer à celles des éditeurs.',
	'data.dictionary': 'dictionnaire des données'
};
