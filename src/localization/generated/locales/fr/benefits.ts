// Do not modify this file by hand!
// Re-generate it with `npm run localize:build`.

export const templates = {
  'benefits.daily-life.body': `Si le Botox vous aide, avec des jours de migraine moins nombreux et moins forts, il peut être plus facile de travailler et de vous occuper de votre famille. Vous profiterez peut-être davantage de ce que vous aimez.`,
  'benefits.daily-life.title': `Plus de bons jours`,
  'benefits.heading': `Les bienfaits du Botox contre la migraine`,
  'benefits.not-a-pill.body': `Si les médicaments contre la migraine n'ont pas fonctionné pour vous, ou si leurs effets secondaires étaient trop difficiles à supporter, voici une autre possibilité. Le Botox est un médicament sur ordonnance. Il est donné à la clinique sous forme de petites injections, environ toutes les 12 semaines.`,
  'benefits.not-a-pill.title': `Pas un comprimé quotidien`,
  'benefits.relief.body': `Pour beaucoup d'adultes atteints de migraine chronique, le Botox peut vouloir dire moins de jours de mal de tête chaque mois. Les migraines qui arrivent encore peuvent être moins fortes. Le Botox ne fonctionne pas pour tout le monde.`,
  'benefits.relief.title': `Des migraines moins fréquentes et moins fortes`,
  'benefits.safety-note': `Le Botox est un médicament sur ordonnance pour les adultes. Comme tout médicament, il peut avoir des effets secondaires. Dans les études, l'effet secondaire le plus fréquent était la douleur au cou. Rarement, l'effet peut s'étendre et causer des difficultés à avaler ou à respirer, quelques heures à quelques semaines plus tard. Si cela arrive, demandez tout de suite une aide médicale. Votre clinique parlera des risques avec vous.`,
  'benefits.side-effects.body': `Le médicament est injecté dans certains muscles de la tête et du cou. Ce n'est pas un comprimé à avaler chaque jour. C'est pourquoi il cause en général moins d'effets secondaires dans tout le corps que les comprimés de prévention quotidiens.`,
  'benefits.side-effects.title': `Moins d'effets secondaires dans tout le corps`,
};
