// Do not modify this file by hand!
// Re-generate it with `npm run localize:build`.

export const templates = {
  'benefits.daily-life.body': `Se o Botox ajudar você, ter menos dias de enxaqueca, e mais leves, pode deixar mais fácil trabalhar e cuidar da sua família. Talvez você também aproveite mais as coisas de que gosta.`,
  'benefits.daily-life.title': `Mais dias bons`,
  'benefits.heading': `Benefícios do Botox para a enxaqueca`,
  'benefits.not-a-pill.body': `Se os medicamentos para enxaqueca não ajudaram você, ou se os efeitos colaterais eram difíceis demais de suportar, esta é outra opção. O Botox é um medicamento com receita médica. Ele é aplicado na clínica com pequenas injeções, mais ou menos a cada 12 semanas.`,
  'benefits.not-a-pill.title': `Não é um comprimido diário`,
  'benefits.relief.body': `Para muitos adultos com enxaqueca crônica, o Botox pode significar menos dias com dor de cabeça por mês. As crises de enxaqueca que ainda aparecem podem ser mais fracas. Ele não funciona para todas as pessoas.`,
  'benefits.relief.title': `Enxaquecas menos frequentes e mais leves`,
  'benefits.safety-note': `O Botox é um medicamento com receita médica para adultos. Como qualquer medicamento, pode ter efeitos colaterais. Nos estudos, o efeito colateral mais comum foi dor no pescoço. Raramente, o efeito pode se espalhar e causar dificuldade para engolir ou respirar, de horas a semanas depois. Se isso acontecer, procure ajuda médica imediatamente. Sua clínica vai conversar com você sobre os riscos.`,
  'benefits.side-effects.body': `O medicamento é injetado em alguns músculos da cabeça e do pescoço. Não é um comprimido que você engole todos os dias. Por isso, costuma causar menos efeitos colaterais no corpo todo do que os comprimidos preventivos diários.`,
  'benefits.side-effects.title': `Menos efeitos colaterais no corpo todo`,
};
