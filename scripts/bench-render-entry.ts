// Bundled by scripts/bench-render.mjs to time the renderers on made-up reports of many vats.
export { manyVatsReport } from '../test/helpers/many-vats.js';
export { renderMarkdown } from '../src/render/markdown.js';
export { renderHtml } from '../src/render/html.js';
export { renderTerminal } from '../src/render/terminal.js';
