// A Vue 3 app using the widgets as an npm user would: the package's own entry point, with `lit`
// shared from node_modules. The build tells Vue's template compiler that tags with a dash are
// custom elements (see scripts/build-frameworks.mjs).
import 'botox-migraine-widgets/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
