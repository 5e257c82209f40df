// Each element below has one mistake the types must catch (two on the orientation line):
// test/checks/check-framework-types.mjs fails unless the checker reports the expected error on
// each of these lines, and none elsewhere.
import 'botox-migraine-widgets/define.js';
import type {} from 'botox-migraine-widgets/react';
import type { CandidacyCompleteEvent } from 'botox-migraine-widgets';

export function Wrong() {
  return (
    <>
      <botox-candidacy-check mode="sideways" />
      <benefits-list heading-level="nine" />
      <benefits-list items={['relief', 'botox']} />
      <benefits-list layuot="grid" />
      <treatment-timeline sessions="four" />
      <treatment-timeline orientation="diagonal" theme="blue" />
      <botox-candidacy-check answers={{ headacheDays: 'many' }} />
      <botox-candidacy-check oncandidacy-complete={(event) => event.detail.result.score} />
      <treatment-timeline ontimeline-calendar={(event: CandidacyCompleteEvent) => event.detail} />
    </>
  );
}
