// Do not modify this file by hand!
// Re-generate it with `npm run localize:build`.

export const templates = {
  'benefits.daily-life.body': `Mit weniger und leichteren Migränetagen fällt es vielen Menschen leichter, zu arbeiten, sich um ihre Familie zu kümmern und Dinge zu genießen, die sie mögen.`,
  'benefits.daily-life.title': `Mehr gute Tage`,
  'benefits.heading': `Vorteile von Botox bei Migräne`,
  'benefits.not-a-pill.body': `Wenn Migränemedikamente Ihnen nicht geholfen haben oder die Nebenwirkungen zu schwer zu ertragen waren, ist dies eine weitere Möglichkeit. Botox ist ein verschreibungspflichtiges Medikament. Sie bekommen es etwa alle 12 Wochen in der Praxis, als kleine Injektionen.`,
  'benefits.not-a-pill.title': `Keine tägliche Tablette`,
  'benefits.relief.body': `Für viele Menschen mit chronischer Migräne bedeutet Botox weniger Kopfschmerztage im Monat. Die Migräneattacken, die noch kommen, sind oft weniger stark.`,
  'benefits.relief.title': `Weniger und leichtere Migräneattacken`,
  'benefits.safety-note': `Botox ist ein verschreibungspflichtiges Medikament und kann, wie jedes Medikament, Nebenwirkungen haben. In Studien waren Nackenschmerzen die häufigste Nebenwirkung. Selten kann sich die Wirkung ausbreiten und Stunden bis Wochen später Probleme beim Schlucken oder Atmen verursachen. Holen Sie dann sofort ärztliche Hilfe. Ihre Praxis bespricht die Risiken mit Ihnen.`,
  'benefits.side-effects.body': `Das Medikament wird in bestimmte Muskeln von Kopf und Nacken gespritzt. Es ist keine Tablette, die Sie jeden Tag schlucken. Deshalb verursacht es meist weniger Nebenwirkungen im ganzen Körper als tägliche vorbeugende Tabletten.`,
  'benefits.side-effects.title': `Weniger Nebenwirkungen im ganzen Körper`,
};
