// Renders BPMN models to SVG and PNG with bpmn-js (the renderer of Camunda Modeler) in headless Chromium.
// Usage: node render.mjs OUT_DIR MODEL.bpmn...   (run by .ci/render-models)
// Each MODEL.bpmn becomes OUT_DIR/MODEL.svg (bpmn-js saveSVG, on a white background) and OUT_DIR/MODEL.png
// (Chromium's picture of that SVG at twice its size). Chromium: $CHROMIUM, else /usr/bin/chromium.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const [outDir, ...models] = process.argv.slice(2);
if (!outDir || models.length === 0) {
  console.error('usage: node render.mjs OUT_DIR MODEL.bpmn...');
  process.exit(2);
}
const PNG_SCALE = 2;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});

let failed = 0;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`render: page error: ${e.message}`));
  await page.setContent('<!DOCTYPE html><html><body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addStyleTag({ path: join(here, 'node_modules/bpmn-js/dist/assets/diagram-js.css') });
  await page.addStyleTag({ path: join(here, 'node_modules/bpmn-js/dist/assets/bpmn-js.css') });
  await page.addScriptTag({ path: join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js') });
  await page.evaluate(() => { window.viewer = new window.BpmnJS({ container: '#canvas' }); });

  const shot = await browser.newPage();
  await mkdir(outDir, { recursive: true });

  for (const model of models) {
    const name = basename(model, '.bpmn');
    const xml = await readFile(model, 'utf8');
    const result = await page.evaluate(async (xml) => {
      try {
        const { warnings } = await window.viewer.importXML(xml);
        const { svg } = await window.viewer.saveSVG();
        return { svg, warnings: warnings.map((w) => w.message) };
      } catch (e) {
        return { error: e.message };
      }
    }, xml);
    if (result.error) {
      console.error(`render: ${model}: ${result.error}`);
      failed++;
      continue;
    }
    for (const w of result.warnings) console.error(`render: ${model}: warning: ${w}`);

    const svg = onWhite(stableIds(result.svg));
    const svgFile = join(outDir, `${name}.svg`);
    await writeFile(svgFile, svg);

    const { width, height } = size(svg);
    await shot.setViewport({ width, height, deviceScaleFactor: PNG_SCALE });
    await shot.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`);
    const pngFile = join(outDir, `${name}.png`);
    await shot.screenshot({ path: pngFile, clip: { x: 0, y: 0, width, height } });
    console.log(`render: ${model} -> ${svgFile}, ${pngFile} (${width}x${height}, png x${PNG_SCALE})`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

// A white rectangle under the diagram, so that it reads on a dark page too (GitHub's dark theme).
function onWhite(svg) {
  const m = svg.match(/<svg\b[^>]*\bviewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"[^>]*>/);
  if (!m) throw new Error('saveSVG gave an svg without a viewBox');
  const [tag, x, y, w, h] = m;
  const rect = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff"/>`;
  return svg.replace(tag, tag + rect).replace(/\s*$/, '\n');
}

// bpmn-js names each arrow head's marker with a random id: number them in order, so that a model renders
// to the same file every time (and .ci/render-models --check can compare).
function stableIds(svg) {
  const ids = new Map();
  for (const [, id] of svg.matchAll(/\bid="(marker-[^"]+)"/g)) {
    if (!ids.has(id)) ids.set(id, `marker-${ids.size + 1}`);
  }
  return svg.replace(/marker-[0-9a-z]+/g, (id) => ids.get(id) ?? id);
}

function size(svg) {
  const w = svg.match(/<svg\b[^>]*\swidth="([\d.]+)"/);
  const h = svg.match(/<svg\b[^>]*\sheight="([\d.]+)"/);
  return { width: Math.ceil(Number(w[1])), height: Math.ceil(Number(h[1])) };
}
