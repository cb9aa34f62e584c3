// Makes app/favicon.ico from app/icon.svg. Browsers ask for /favicon.ico on their own, whatever
// the page links, so it must exist. Run once after changing the icon: node scripts/build-favicon.mjs
// The SVG is drawn by Debian's Chromium (no download) at 16, 32 and 48 px, and the three PNGs are
// packed into one ICO file (PNG entries, which every browser in use reads).
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48];
const svg = readFileSync('app/icon.svg', 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const pngs = [];
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<body style="margin:0">${sized}</body>`);
  pngs.push(await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((png, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(SIZES[i], at); // width
  header.writeUInt8(SIZES[i], at + 1); // height
  header.writeUInt8(0, at + 2); // no palette
  header.writeUInt8(0, at + 3); // reserved
  header.writeUInt16LE(1, at + 4); // colour planes
  header.writeUInt16LE(32, at + 6); // bits per pixel
  header.writeUInt32LE(png.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png.length;
});
writeFileSync('app/favicon.ico', Buffer.concat([header, ...pngs]));
console.log(`app/favicon.ico: ${SIZES.join(', ')} px, ${offset} bytes`);
