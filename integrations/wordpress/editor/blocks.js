/**
 * Botox Widgets: the block editor side of the three dynamic blocks.
 *
 * Plain JavaScript for the WordPress globals (wp.blocks, wp.element, wp.components,
 * wp.blockEditor, wp.i18n): no JSX, no build step. The block metadata (title, icon, attributes)
 * comes from each block.json, registered on the server; this script adds the editor UI:
 *
 * - the block's settings in the sidebar, one control per attribute the schema offers to blocks;
 * - a preview that is the real element with the block's attributes, as the page will show it.
 *
 * It reads `window.botoxWidgetsSchema`, printed by the plugin before this script:
 * `{ elements: <generated/schema.json "elements">, defaults, moduleUrl?, config? }`, where
 * `defaults` are the site-wide values of Settings → Botox widgets, by element attribute name
 * (`{ "clinic-name": …, "consultation-href": … }`; `{ clinicName, bookingUrl }` works too),
 * `moduleUrl` is widgets/botox-widgets.js and `config` the page's data block. With `moduleUrl`,
 * a preview in a document that does not load the widgets yet (an editor canvas in an iframe)
 * loads them there, after the data block. Blocks save nothing (`save` returns null): the server
 * renders them from their attributes.
 */
(function (wp, window) {
  'use strict';

  const data = window.botoxWidgetsSchema;
  if (!wp || !wp.blocks || !data || !data.elements) return;

  const el = wp.element.createElement;
  const { Fragment, useEffect, useRef } = wp.element;
  const {
    BaseControl,
    Button,
    CheckboxControl,
    PanelBody,
    SelectControl,
    TextControl,
    ToggleControl,
  } = wp.components;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { __, sprintf } = wp.i18n;
  const DOMAIN = 'botox-widgets';

  /** The site-wide defaults (Settings → Botox widgets), by element attribute name. */
  const given = data.defaults || {};
  const siteDefaults = {};
  if (given.clinicName) siteDefaults['clinic-name'] = given.clinicName;
  if (given.bookingUrl) siteDefaults['consultation-href'] = given.bookingUrl;
  for (const name of Object.keys(given))
    if (name.includes('-') && typeof given[name] === 'string' && given[name] !== '')
      siteDefaults[name] = given[name];
  const moduleUrl = data.moduleUrl || data.scriptUrl || '';

  /** Words of attribute names and keys that read better otherwise. */
  const WORDS = { href: 'link', url: 'link' };

  /** `heading-level` → "Heading level", `consultation-href` → "Consultation link". */
  function readable(name) {
    const text = String(name)
      .split('-')
      .map((word) => WORDS[word] || word)
      .join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** The first sentence of a description, without Markdown code marks. */
  function firstSentence(text) {
    const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text || '');
    return (match ? match[0] : text || '').replace(/`/g, '');
  }

  /** The sentence saying what an empty value does ("Empty (or only spaces): no title."), if any. */
  function emptySentence(text) {
    const match = /(?:^|\s)(Empty\b[^.]*\.)/.exec(text || '');
    return match ? match[1].replace(/`/g, '') : '';
  }

  const isUnset = (value) => value === undefined || value === null;

  /** The value an attribute has on the page: its own, else the site default. */
  function effectiveValue(attribute, value) {
    const fallback = siteDefaults[attribute.name];
    return (isUnset(value) || String(value).trim() === '') && fallback ? fallback : value;
  }

  /**
   * Block attributes → the element's HTML attributes, as the server writes them: a value equal
   * to the schema's default is left out (the element has the same default).
   */
  function elementAttributes(element, attributes) {
    const result = {};
    for (const attribute of element.attributes) {
      if (!attribute.block) continue;
      const value = effectiveValue(attribute, attributes[attribute.property]);
      if (isUnset(value) || value === attribute.default) continue;
      switch (attribute.kind) {
        case 'boolean':
          if (value === true) result[attribute.name] = '';
          break;
        case 'list':
          if (Array.isArray(value)) result[attribute.name] = value.join(',');
          break;
        case 'integer':
          if (typeof value === 'number' && Number.isFinite(value))
            result[attribute.name] = String(value);
          break;
        default:
          result[attribute.name] = String(value);
      }
    }
    return result;
  }

  /** A "Reset to default" button that unsets an attribute. */
  function resetButton(onReset) {
    return el(Button, { variant: 'secondary', onClick: onReset }, __('Reset to default', DOMAIN));
  }

  /** The control for one attribute. */
  function control(attribute, value, set) {
    const label = readable(attribute.name);
    const help = firstSentence(attribute.description);
    const key = attribute.name;

    switch (attribute.kind) {
      case 'enum':
        return el(SelectControl, {
          key,
          label,
          help,
          value: isUnset(value) ? attribute.default : value,
          options: attribute.values.map((option) => ({
            value: option,
            label:
              option === attribute.default
                ? sprintf(__('%s (default)', DOMAIN), readable(option))
                : readable(option),
          })),
          onChange: (next) => set(next),
        });

      case 'boolean':
        return el(ToggleControl, {
          key,
          label,
          help,
          checked: value === true,
          onChange: (next) => set(Boolean(next)),
        });

      case 'integer':
        return el(TextControl, {
          key,
          label,
          help,
          type: 'number',
          min: attribute.min,
          max: attribute.max,
          step: 1,
          placeholder: isUnset(attribute.default) ? '' : String(attribute.default),
          value: isUnset(value) ? '' : String(value),
          onChange: (text) => {
            const number = Number(text);
            set(String(text).trim() === '' || !Number.isInteger(number) ? undefined : number);
          },
        });

      case 'list': {
        const selected = Array.isArray(value) ? value : attribute.values;
        // Keeps a hand-made order; an order that follows the keys' own stays so.
        const inOrder = selected.every(
          (item, index) =>
            index === 0 ||
            attribute.values.indexOf(selected[index - 1]) < attribute.values.indexOf(item),
        );
        const toggle = (item, checked) => {
          const without = selected.filter((other) => other !== item);
          if (!checked) return set(without);
          if (!inOrder) return set(without.concat(item));
          return set(attribute.values.filter((other) => other === item || without.includes(other)));
        };
        return el(
          BaseControl,
          { key, id: `botox-widgets-${key}`, label, help },
          attribute.values.map((item) =>
            el(CheckboxControl, {
              key: item,
              label: readable(item),
              checked: selected.includes(item),
              onChange: (checked) => toggle(item, checked),
            }),
          ),
          Array.isArray(value) ? resetButton(() => set(undefined)) : null,
        );
      }

      default: {
        // text, url, date. An empty value means "not set", unless the element gives empty text
        // a meaning of its own (an empty heading hides it): then it is kept, and a button unsets.
        const empty = attribute.kind === 'text' ? emptySentence(attribute.description) : '';
        return el(
          Fragment,
          { key },
          el(TextControl, {
            label,
            help: empty ? `${help} ${empty}` : help,
            type: attribute.kind === 'url' ? 'url' : attribute.kind === 'date' ? 'date' : 'text',
            placeholder: siteDefaults[attribute.name] || '',
            value: isUnset(value) ? '' : String(value),
            onChange: (text) => set(text === '' && !empty ? undefined : text),
          }),
          empty && !isUnset(value) ? resetButton(() => set(undefined)) : null,
        );
      }
    }
  }

  /** Loads the widgets into the preview's document when it has not got them (an iframe). */
  function loadWidgetsInto(doc, tag) {
    const view = doc && doc.defaultView;
    if (!moduleUrl || !view || !view.customElements || view.customElements.get(tag)) return;
    const wanted = new view.URL(moduleUrl, doc.baseURI);
    const loads = Array.prototype.some.call(doc.querySelectorAll('script[src]'), (script) => {
      const src = new view.URL(script.src, doc.baseURI);
      return src.origin === wanted.origin && src.pathname === wanted.pathname;
    });
    if (loads) return;
    if (data.config && !doc.querySelector('script[data-botox-widgets]')) {
      const block = doc.createElement('script');
      block.type = 'application/json';
      block.setAttribute('data-botox-widgets', '');
      block.textContent = JSON.stringify(data.config);
      doc.head.appendChild(block);
    }
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = moduleUrl;
    script.setAttribute('data-botox-widgets-editor', '');
    doc.head.appendChild(script);
  }

  /**
   * Keys typed inside the preview (the check's questions, the day counter's arrow keys) are the
   * widget's: the editor's own keyboard handling (moving between blocks) would take them.
   * Shortcuts with Ctrl, Alt or Cmd (undo, save) still reach the editor.
   */
  function keepKeys(event) {
    if (!event.ctrlKey && !event.metaKey && !event.altKey) event.stopPropagation();
  }

  function editFor(tag, element) {
    return function Edit(props) {
      const { attributes, setAttributes } = props;
      const blockProps = useBlockProps();
      const preview = useRef(null);

      useEffect(() => {
        const node = preview.current;
        if (!node) return undefined;
        loadWidgetsInto(node.ownerDocument, tag);
        node.addEventListener('keydown', keepKeys);
        return () => node.removeEventListener('keydown', keepKeys);
      }, []);

      const controls = element.attributes
        .filter((attribute) => attribute.block)
        .map((attribute) =>
          control(attribute, attributes[attribute.property], (value) =>
            setAttributes({ [attribute.property]: value }),
          ),
        );

      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(PanelBody, { title: __('Settings', DOMAIN), initialOpen: true }, controls),
        ),
        el(
          'div',
          blockProps,
          el(tag, Object.assign({ ref: preview }, elementAttributes(element, attributes))),
        ),
      );
    };
  }

  for (const tag of Object.keys(data.elements)) {
    const element = data.elements[tag];
    if (!element || !element.block || !Array.isArray(element.attributes)) continue;
    wp.blocks.registerBlockType(element.block, {
      edit: editFor(tag, element),
      save: () => null,
    });
  }
})(window.wp, window);
