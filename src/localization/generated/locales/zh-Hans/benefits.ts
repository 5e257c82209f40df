// Do not modify this file by hand!
// Re-generate it with `npm run localize:build`.

export const templates = {
  'benefits.daily-life.body': `如果 Botox 对您有效，偏头痛的日子变少、变轻，可能会让您更容易工作和照顾家人。您也可能更能享受自己喜欢的事。`,
  'benefits.daily-life.title': `好日子更多`,
  'benefits.heading': `Botox 治疗偏头痛的好处`,
  'benefits.not-a-pill.body': `如果偏头痛药物对您没有帮助，或者副作用让您很难忍受，这是另一种选择。Botox（肉毒杆菌毒素）是一种处方药，大约每 12 周在诊所注射一次，每次在头颈部的多个部位打小针。`,
  'benefits.not-a-pill.title': `不是每天吃的药片`,
  'benefits.relief.body': `对很多患有慢性偏头痛的成年人来说，Botox 可能会让每月的头痛日变少。即使还会发作，偏头痛也可能会轻一些。它并不是对每个人都有效。`,
  'benefits.relief.title': `偏头痛更少、更轻`,
  'benefits.safety-note': `Botox 是一种供成年人使用的处方药。和所有药物一样，它可能有副作用。在研究中，最常见的副作用是颈部疼痛。在少数情况下，药效可能扩散，在注射后几小时到几周内引起吞咽或呼吸困难。如果出现这种情况，请立即就医。您的诊所会和您一起谈谈这些风险。`,
  'benefits.side-effects.body': `这种药注射到头部和颈部的某些肌肉里。它不是每天都要吞服的药片，所以与每天吃的预防药片相比，引起的全身性副作用往往更少。`,
  'benefits.side-effects.title': `全身副作用更少`,
};
