import { chromium } from 'playwright-core';
const [file, ...offsets] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 1300 } });
await page.setContent(`<body style="margin:0"><img id="i" src="data:image/png;base64,${(await import('node:fs')).readFileSync(file!).toString('base64')}"></body>`);
await page.waitForFunction(() => (document.getElementById('i') as HTMLImageElement).complete);
const height = await page.evaluate(() => (document.getElementById('i') as HTMLImageElement).naturalHeight);
console.log('height', height);
for (const o of offsets) {
  const y = Number(o) < 0 ? height + Number(o) : Number(o);
  await page.screenshot({ path: `/tmp/shots/crop-${o}.png`, clip: { x: 0, y, width: 1280, height: Math.min(1300, height - y) }, fullPage: true });
}
await browser.close();
