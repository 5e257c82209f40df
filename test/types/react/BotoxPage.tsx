import 'botox-migraine-widgets/define.js';
import type {} from 'botox-migraine-widgets/react'; // the elements' JSX types, once per app

const answers = { headacheDays: 20, months: 6 };

export function BotoxPage() {
  return (
    <>
      <benefits-list layout="grid" items={['relief', 'not-a-pill']} />
      <botox-candidacy-check
        clinic-name="NorCal Pain Treatment Center"
        consultation-href="/book"
        checks={['duration', 'overuse']}
        answers={answers}
        oncandidacy-complete={(event) => console.log(event.detail.result.outcome)}
      />
      <treatment-timeline
        start-date="2026-03-02"
        ontimeline-calendar={(event) => console.log(event.detail.filename)}
      />
    </>
  );
}
