export { locateUiDir } from './locate-ui.js';
export { serveUi, uiBuilt, wantsHtml } from './serve-ui.js';
