// Do not modify this file by hand!
// Re-generate it with `npm run localize:build`.

export const templates = {
  'benefits.daily-life.body': `Wenn Botox Ihnen hilft, kann es Ihnen mit weniger und leichteren Migränetagen leichter fallen, zu arbeiten und sich um Ihre Familie zu kümmern. Vielleicht genießen Sie die Dinge, die Sie mögen, dann mehr.`,
  'benefits.daily-life.title': `Mehr gute Tage`,
  'benefits.heading': `Vorteile von Botox bei Migräne`,
  'benefits.not-a-pill.body': `Wenn Migränemedikamente Ihnen nicht geholfen haben oder die Nebenwirkungen zu schwer zu ertragen waren, ist dies eine weitere Möglichkeit. Botox ist ein verschreibungspflichtiges Medikament. Sie bekommen es etwa alle 12 Wochen in der Praxis, als kleine Injektionen.`,
  'benefits.not-a-pill.title': `Keine tägliche Tablette`,
  'benefits.relief.body': `Für viele Erwachsene mit chronischer Migräne kann Botox weniger Kopfschmerztage im Monat bedeuten. Die Migräneattacken, die noch kommen, sind vielleicht weniger stark. Botox wirkt nicht bei allen.`,
  'benefits.relief.title': `Weniger und leichtere Migräneattacken`,
  'benefits.safety-note': `Botox ist ein verschreibungspflichtiges Medikament für Erwachsene. Wie jedes Medikament kann es Nebenwirkungen haben. In Studien waren Nackenschmerzen die häufigste Nebenwirkung. Selten kann sich die Wirkung ausbreiten und Stunden bis Wochen später Probleme beim Schlucken oder Atmen verursachen. Holen Sie dann sofort ärztliche Hilfe. Ihre Praxis bespricht die Risiken mit Ihnen.`,
  'benefits.side-effects.body': `Das Medikament wird in bestimmte Muskeln von Kopf und Nacken gespritzt. Es ist keine Tablette, die Sie jeden Tag schlucken. Deshalb verursacht es meist weniger Nebenwirkungen im ganzen Körper als tägliche vorbeugende Tabletten.`,
  'benefits.side-effects.title': `Weniger Nebenwirkungen im ganzen Körper`,
};
