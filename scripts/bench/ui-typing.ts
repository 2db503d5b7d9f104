/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Typing in the home page's filter at 300 services: how long each keystroke takes to show (input event to the
 * next frame), and how long from the last keystroke until the matches are drawn (debounce, filter, layout, draw).
 */
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';

export interface TypingTimes {
  /** Sorted, ms. */
  keystrokes: number[];
  keystrokeMedian: number;
  settles: number[];
  settleMedian: number;
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;

export async function timeFilterTyping(browser: Browser, url: string): Promise<TypingTimes> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  try {
    await page.goto(url + '/');
    await page.locator('.react-flow__node').first().waitFor();
    const input = page.getByLabel('Filter by name');
    // Each input event records, once the next frame after it has run, how long after the event that was.
    await input.evaluate((element) => {
      const w = window as unknown as { keystrokeTimes: number[] };
      w.keystrokeTimes = [];
      element.addEventListener('input', (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.keystrokeTimes.push(performance.now() - at)));
      });
    });
    await input.focus();
    for (const key of 'service-12') {
      await page.keyboard.type(key);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(
      () => (window as unknown as { keystrokeTimes: number[] }).keystrokeTimes.length >= 10,
    );
    const keystrokes = await page.evaluate(
      () => (window as unknown as { keystrokeTimes: number[] }).keystrokeTimes,
    );
    const settles: number[] = [];
    for (const name of ['service-101', 'service-202', 'service-033', 'service-250', 'service-007']) {
      await input.fill('');
      await page.waitForFunction(() => document.querySelectorAll('.graph-node-match').length === 0);
      await page.locator('.react-flow__node').first().waitFor();
      const started = performance.now();
      await input.fill(name);
      await page.waitForFunction(
        (wanted) => [...document.querySelectorAll('.graph-node-match')].some((n) => n.textContent === wanted),
        name,
      );
      settles.push(performance.now() - started);
    }
    keystrokes.sort((a, b) => a - b);
    settles.sort((a, b) => a - b);
    return { keystrokes, keystrokeMedian: median(keystrokes), settles, settleMedian: median(settles) };
  } finally {
    await context.close();
  }
}
