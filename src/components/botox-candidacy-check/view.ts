/**
 * The self-check below its introduction: the current question with its navigation (steps mode)
 * or every question (form mode), the result, and the "Start again" / Undo notice. Pure templates
 * of the controller's state; their event handlers call the controller's commands.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../localization/locale.js';
import type { Outcome } from '../../logic/candidacy/index.js';
import type { CandidacyController } from '../../controllers/candidacy.js';
import { resultPart } from './parts.js';
import { renderQuestion } from './questions.js';
import type { ViewOptions } from './view-options.js';

/** The outcome's headline, for the status line; '' until the result's module has loaded. */
export function outcomeHeadline(outcome: Outcome): string {
  return resultPart.value?.headline(outcome) ?? '';
}

/** Renders everything below the introduction. Call only while the element renders. */
export function renderView(c: CandidacyController, view: ViewOptions): TemplateResult {
  if (!c.steps) {
    return html`${undoNotice(c, view)}
      <div part="questions" class="questions">
        ${c.questions.map((question) => renderQuestion(c, view, question))}
      </div>
      ${resultSection(c, view)}`;
  }
  const index = c.index;
  const total = c.questions.length;
  if (index >= total) return resultSection(c, view);
  return html`${undoNotice(c, view)}
    <div part="step" class="step">
      <progress
        part="progress-bar"
        class="bar"
        max=${total}
        value=${index + 1}
        aria-hidden="true"
      ></progress>
      ${renderQuestion(c, view, c.questions[index], index + 1, total)}
      <div part="nav" class="nav">
        ${
          index > 0
            ? html`<button
                type="button"
                part="button"
                class="secondary"
                ?disabled=${view.disabled}
                @click=${() => c.back()}
              >
                ${msg('Back', { id: 'candidacy.back', desc: 'Button: go to the previous question.' })}
              </button>`
            : nothing
        }
        <button
          type="button"
          part="button"
          class="primary"
          ?disabled=${view.disabled}
          @click=${() => c.next()}
        >
          ${
            index === total - 1
              ? msg('See my result', {
                  id: 'candidacy.see-result',
                  desc: 'Button on the last question: show the result.',
                })
              : msg('Next', { id: 'candidacy.next', desc: 'Button: go to the next question.' })
          }
        </button>
      </div>
    </div>`;
}

/**
 * After "Start again": says the answers were cleared and offers to bring them back, until the
 * person answers again. Focus goes to the message (so it is read), and Undo is the next control.
 */
function undoNotice(c: CandidacyController, view: ViewOptions): TemplateResult {
  return html`<div part="undo" class="undo" ?hidden=${!c.cleared}>
    <p class="undo-message" tabindex="-1">
      ${
        c.cleared
          ? msg('Your answers were cleared.', {
              id: 'candidacy.restart.cleared',
              desc: 'Shown after "Start again" cleared every answer; an Undo button follows.',
            })
          : nothing
      }
    </p>
    ${
      c.cleared
        ? html`<button
            type="button"
            part="button"
            class="secondary undo-button"
            ?disabled=${view.disabled}
            @click=${() => c.undo()}
          >
            ${msg('Undo', {
              id: 'candidacy.restart.undo',
              desc: 'Button after "Start again": brings back the answers that were cleared.',
            })}
          </button>`
        : nothing
    }
  </div>`;
}

function resultSection(c: CandidacyController, view: ViewOptions): TemplateResult {
  // The element waits for the result's module before rendering this; if it could not load, the
  // navigation still shows (Change my answers / Start again).
  return html`<section part="result" class="result">
    <div>${resultPart.value?.renderResult(c, view)}</div>
    <div part="nav" class="nav">
      ${
        c.steps
          ? html`<button
              type="button"
              part="button"
              class="secondary"
              ?disabled=${view.disabled}
              @click=${() => c.change()}
            >
              ${msg('Change my answers', {
                id: 'candidacy.change',
                desc: 'Button on the result: go back to the questions (answers are kept).',
              })}
            </button>`
          : nothing
      }
      <button
        type="button"
        part="button"
        class="secondary restart"
        ?disabled=${view.disabled}
        @click=${() => c.restart()}
      >
        ${msg('Start again', {
          id: 'candidacy.restart',
          desc: 'Button: clear every answer and go back to the first question (an Undo button then offers to bring them back).',
        })}
      </button>
    </div>
  </section>`;
}
