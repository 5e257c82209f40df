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
  'benefits.safety-note': `Botox ist ein verschreibungspflichtiges Medikament und kann, wie jedes Medikament, Nebenwirkungen haben. Ihre Praxis bespricht die Risiken mit Ihnen. In Studien waren Nackenschmerzen die häufigste Nebenwirkung.`,
  'benefits.side-effects.body': `Das Medikament wird nur in bestimmte Muskeln von Kopf und Nacken gespritzt. Es verteilt sich nicht im ganzen Körper, wie es eine tägliche Tablette tut. Deshalb verursacht es meist weniger Nebenwirkungen.`,
  'benefits.side-effects.title': `Weniger Nebenwirkungen im ganzen Körper`,
};
