// Do not modify this file by hand!
// Re-generate it with `npm run localize:build`.

export const templates = {
  'benefits.daily-life.body': `Si Botox le ayuda, tener menos días de migraña, y más leves, puede hacer que le resulte más fácil trabajar y cuidar de su familia. Quizás también disfrute más de las cosas que le gustan.`,
  'benefits.daily-life.title': `Más días buenos`,
  'benefits.heading': `Beneficios de Botox para la migraña`,
  'benefits.not-a-pill.body': `Si los medicamentos para la migraña no le ayudaron, o sus efectos secundarios eran muy difíciles de soportar, esta es otra opción. Botox es un medicamento con receta que se aplica en la clínica con pequeñas inyecciones, más o menos cada 12 semanas.`,
  'benefits.not-a-pill.title': `No es una pastilla diaria`,
  'benefits.relief.body': `Para muchos adultos con migraña crónica, Botox puede significar menos días con dolor de cabeza cada mes. Las migrañas que todavía aparecen pueden ser menos fuertes. No funciona en todas las personas.`,
  'benefits.relief.title': `Menos migrañas y más leves`,
  'benefits.safety-note': `Botox es un medicamento con receta para adultos. Como cualquier medicamento, puede tener efectos secundarios. En los estudios, el efecto secundario más común fue dolor de cuello. En raras ocasiones, el efecto puede extenderse y causar problemas para tragar o respirar, de horas a semanas después. Si esto ocurre, busque ayuda médica de inmediato. Su clínica hablará con usted sobre los riesgos.`,
  'benefits.side-effects.body': `El medicamento se inyecta en ciertos músculos de la cabeza y el cuello. No es una pastilla que se toma todos los días, por eso suele causar menos efectos secundarios en todo el cuerpo que las pastillas preventivas diarias.`,
  'benefits.side-effects.title': `Menos efectos secundarios en todo el cuerpo`,
};
