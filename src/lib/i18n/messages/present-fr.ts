/** Les mots du diaporama, en français : ses commandes, la question et les notes de chaque diapositive (les mêmes clés que `present-en.ts`). */
import type { presentEn } from './present-en';

export const presentFr: Record<keyof typeof presentEn, string> = {
	'present.view.shows': 'Une vue de l’explorateur, en {units}.',
	'present.view.question.chart': 'Qu’est-ce qui a changé, et quand ? Qu’est-ce qui pourrait l’expliquer ?',
	'present.view.question.map': 'Quelles économies se distinguent, et qu’ont-elles en commun ?',
	'present.view.question.table': 'Quelles économies compareriez-vous, et pourquoi ?',
	'present.deck.problem.unreadable': 'Le lien de cette présentation est illisible : affichage des diapositives du récit.',
	'present.deck.problem.too-many': 'Le lien de cette présentation compte plus de {max} diapositives : les {max} premières sont affichées.',
	'present.deck.problem.bad-slide': 'Les diapositives {list} du lien de cette présentation sont illisibles et ont été écartées.',
	'present.deck.title': 'Diapositives de l’explorateur',

	// Mode présentation
	'present.title': 'Le Canada et la Chine en chiffres : diapositives',
	'present.deck': 'Diapositives',
	'present.slide': 'Diapositive {n} sur {total}',
	'present.slide.named': 'Diapositive {n} sur {total} : {title}',
	'present.step': 'Étape {n} sur {total} : {text}',
	'present.prev': 'Précédente',
	'present.next': 'Suivante',
	'present.notes': 'Notes de l’animateur',
	'present.notes.show': 'Afficher les notes (N)',
	'present.notes.hide': 'Masquer les notes (N)',
	'present.fullscreen': 'Plein écran (F)',
	'present.help':
		'Flèches ou espace : suivante et précédente; Début et Fin : première et dernière; F : plein écran; N : notes. Sur un écran tactile, balayez.',
	'present.shows': 'Ce que cela montre',
	'present.takeaway': 'À retenir',
	'present.question': 'À discuter',
	'present.home': 'Trade Lens',
	'present.events': 'Événements numérotés sur le graphique :',
	'present.reveal.usa': 'D’abord, les États-Unis seuls.',
	'present.reveal.chn': 'Puis la Chine, à la même échelle.',
	'present.reveal.rest': 'Et tous les autres.',
	'present.headline-figures.shows':
		'Les cinq chiffres les plus cités sur la visite de janvier 2026, chacun à côté du chiffre officiel lorsque les deux diffèrent.',
	'present.headline-figures.question':
		'Pourquoi un article arrondirait-il un chiffre, ou choisirait-il les statistiques d’un pays plutôt que de l’autre?',
	'present.headline-figures.notes':
		'Commencez ici : demandez quel chiffre surprend le plus. Soulignez les qualificatifs (environ, moins de) et le fait que les données douanières du Canada racontent 2025 autrement que celles de la Chine.',
	'present.bilateral-trade.shows':
		'Les marchandises échangées chaque année depuis 1980 entre le Canada et la Chine, comptées une fois par chaque pays.',
	'present.bilateral-trade.question':
		'Les deux pays comptent les mêmes marchandises. Pourquoi leurs courbes ne se rejoignent-elles jamais?',
	'present.bilateral-trade.notes':
		'Traits pleins : chiffres du Canada; tirets : chiffres de la Chine. En bleu, ce qui va vers la Chine; en orange, ce qui en vient. Les importations sont évaluées fret et assurance compris (CAF), les exportations à la frontière (FAB). Parcourez les événements numérotés.',
	'present.export-dependence.shows':
		'Sur chaque centaine de dollars de marchandises que le Canada vend à l’étranger, combien vont aux États-Unis, à la Chine et à tous les autres.',
	'present.export-dependence.question':
		'Si les États-Unis achetaient moins, la Chine pourrait-elle prendre leur place? Que faudrait-il changer?',
	'present.export-dependence.notes':
		'Dévoilez étape par étape : d’abord les États-Unis (environ les trois quarts), puis la Chine (quelques pour cent), puis le reste du monde. Comparez les chiffres arrondis de la presse, marqués « cité », aux chiffres officiels.',
	'present.tariff-timeline.shows': 'Les taxes que chaque pays a imposées aux marchandises de l’autre en 2024–2026, produit par produit.',
	'present.tariff-timeline.question': 'Qui gagne et qui perd quand on échange un droit de douane contre un autre?',
	'present.tariff-timeline.notes':
		'Trait plein : en vigueur; tirets longs : annoncé; tirets courts : prévu. La surtaxe canadienne sur les VE est venue d’abord; la Chine a répondu sur le canola, le porc et les produits de la mer. L’entente de janvier 2026 abaisse les deux.',
	'present.canola-exports.shows':
		'Combien de graines, d’huile et de tourteau de canola le Canada a vendus au monde entier, trimestre par trimestre, autour des droits chinois.',
	'present.canola-exports.question': 'Quand un acheteur impose un droit, que peuvent faire les agriculteurs et les exportateurs?',
	'present.canola-exports.notes':
		'Ce sont les exportations vers toutes les destinations, pas seulement la Chine : le creux après août 2025 montre le poids du marché chinois pour les graines.',
	'present.ev-quota.shows':
		'Le nombre annuel de véhicules électriques chinois admis au tarif réduit, à côté du nombre de véhicules que les Canadiens achètent en un an.',
	'present.ev-quota.question':
		'Le contingent est-il grand ou petit? Pour les constructeurs, pour les acheteurs, pour les producteurs de canola?',
	'present.ev-quota.notes':
		'Les barres hachurées sont des plafonds, pas des prévisions de ventes. Même la cinquième année, le contingent ne fait que quelques pour cent du marché.',
	'present.public-opinion.shows':
		'La part des adultes canadiens ayant une opinion favorable de la Chine et des États-Unis, selon les sondages du Pew Research Center.',
	'present.public-opinion.question': 'Qu’est-ce qui a pu faire bouger l’opinion en 2025? Comment le vérifier?',
	'present.public-opinion.notes':
		'L’opinion envers la Chine a chuté après les détentions de 2018 (zone ombrée) et remonté en 2025, tandis que celle envers les États-Unis s’effondrait : en 2025, les deux sont à égalité.'
};
