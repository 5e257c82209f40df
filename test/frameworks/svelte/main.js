// A Svelte 5 app using the widgets as an npm user would: the package's own entry point, with
// `lit` shared from node_modules.
import 'botox-migraine-widgets/define.js';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
