// A React 19 app using the widgets as an npm user would: the package's own entry point, with
// `lit` shared from node_modules. React 19 sets a prop as a property when the element has one
// (so arrays and objects arrive intact) and turns `on<event-name>` props into event listeners.
import 'botox-migraine-widgets/define.js';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ANSWERS, CHECKS, CLINIC, ITEMS, START_DATE, TODAY, eventLine } from '../settings.js';

function App() {
  const [events, setEvents] = useState([]);
  const log = (event) => setEvents((list) => [...list, eventLine(event)]);

  return (
    <main>
      <h1>React</h1>
      <benefits-list layout="grid" heading="Why patients choose Botox" items={ITEMS} />
      <botox-candidacy-check
        mode="form"
        clinic-name={CLINIC}
        consultation-href="/book"
        checks={CHECKS}
        answers={ANSWERS}
        oncandidacy-change={log}
        oncandidacy-complete={log}
      />
      <treatment-timeline
        start-date={START_DATE}
        today={TODAY}
        sessions={3}
        clinic-name={CLINIC}
        ontimeline-calendar={(event) => {
          event.preventDefault(); // the app handles the dates itself: no download
          log(event);
        }}
      />
      <ol id="events" aria-live="polite">
        {events.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
