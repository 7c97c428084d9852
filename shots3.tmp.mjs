import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const u of process.argv.slice(2)) for (const [w, h, n] of [[375, 812, 'phone'], [1280, 900, 'desk']]) for (const scheme of ['light', 'dark']) {
  const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await p.goto('http://localhost:4411' + u);
  const name = `/tmp/s3-${u.replace(/\W+/g, '_')}-${n}-${scheme}`;
  await p.screenshot({ path: name + '-top.png' });
  const pager = p.locator('.pager').last();
  if (await pager.count()) { await pager.scrollIntoViewIfNeeded(); await p.screenshot({ path: name + '-pager.png' }); }
  const over = await p.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  console.log(name, 'horizontal overflow:', over);
  await p.close();
}
await b.close();
