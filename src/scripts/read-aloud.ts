/**
 * 朗读: the case in a Chinese voice through the browser's Web Speech API
 * (no server): the title and subtitle first, then the body paragraph by
 * paragraph, each split into short utterances. What is being read is
 * highlighted and kept fully visible above the player (the player floats over
 * the page's foot, so 'nearest' scrolling left the paragraph under it). Where
 * the browser has no Chinese voice the control says so, and a visible note
 * beside it says what to do. Loaded on first use.
 */
import styles from '../styles/read-aloud.css?url';
import { SPEEDS, speechChunks } from '../lib/read-aloud/speech-chunks.ts';
import { bodyParagraphs, paragraphText, type BodyParagraph } from './case-paragraphs.ts';
import { loadStyle } from './load-style.ts';

const LANG = 'zh-CN';
const READING = 'reading-aloud';
/** Space kept between what is read and the player or the window's top, in px. */
const MARGIN = 12;

/** The case's title and subtitle as the first thing read (number 0, before paragraph 1). */
function titleItem(): BodyParagraph | null {
  const h1 = document.querySelector<HTMLElement>('article h1');
  if (!h1) return null;
  const subtitle = h1.nextElementSibling instanceof HTMLElement && h1.nextElementSibling.matches('p') ? h1.nextElementSibling : null;
  const text = [paragraphText(h1), subtitle ? paragraphText(subtitle).replace(/^——/u, '') : ''].filter(Boolean).join('。');
  return text ? { n: 0, el: h1, text } : null;
}

/**
 * Scrolls so that `el` is wholly between the window's top and the player's
 * top; one taller than that space shows from its start.
 */
function keepAbove(el: HTMLElement, panel: HTMLElement, smooth: boolean): void {
  const bottom = panel.getBoundingClientRect().top - MARGIN;
  const r = el.getBoundingClientRect();
  if (r.top >= MARGIN && r.bottom <= bottom) return;
  const delta = r.height > bottom - MARGIN || r.top < MARGIN ? r.top - MARGIN : r.bottom - bottom;
  window.scrollBy({ top: delta, behavior: smooth ? 'smooth' : 'auto' });
}

/** A Chinese voice, mainland first; waits briefly for the voice list, which browsers load late. */
async function chineseVoice(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice | null> {
  let voices = synth.getVoices();
  if (voices.length === 0) {
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      synth.addEventListener('voiceschanged', done, { once: true });
      setTimeout(done, 1500);
    });
    voices = synth.getVoices();
  }
  const zh = voices.filter((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang));
  return zh.find((v) => /CN|Hans/i.test(v.lang)) ?? zh[0] ?? null;
}

let player: { close: () => void } | null = null;

export async function toggleReadAloud(control: HTMLButtonElement, startP: number | null): Promise<void> {
  if (player) {
    player.close();
    return;
  }
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  const voice = synth ? await chineseVoice(synth) : null;
  if (!synth || !voice) {
    control.textContent = synth ? '朗读：此浏览器没有中文语音' : '朗读：此浏览器不支持';
    control.setAttribute('aria-disabled', 'true');
    control.dataset.readAloudUnavailable = '';
    // Shown, not only a tooltip: a touch screen has no hover.
    if (!document.querySelector('[data-read-aloud-help]')) {
      const help = document.createElement('p');
      help.id = 'read-aloud-help';
      help.dataset.readAloudHelp = '';
      help.className = 'basis-full text-sm text-stone-700';
      help.textContent = '可在系统设置中安装中文（普通话）语音后刷新页面，或换用带中文语音的浏览器。';
      control.after(help);
      control.setAttribute('aria-describedby', help.id);
    }
    return;
  }
  await loadStyle(styles);
  player = openPlayer(synth, voice, control, startP);
}

function openPlayer(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, control: HTMLButtonElement, startP: number | null) {
  const title = titleItem();
  const paragraphs = [...(title ? [title] : []), ...bodyParagraphs()];
  const body = paragraphs.length - (title ? 1 : 0);
  // From the paragraph in the address, else from the title.
  let current = Math.max(0, paragraphs.findIndex((p) => p.n === startP));
  let rate = 1;
  let run = 0;
  let paused = false;

  const panel = document.createElement('div');
  panel.className = 'read-aloud-player';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', '朗读');
  panel.dataset.readAloudPlayer = '';
  const pause = button('暂停');
  pause.dataset.readAloudPause = '';
  const speed = select('语速', SPEEDS.map((s) => [String(s), `${s}×`]), '1');
  speed.select.dataset.readAloudSpeed = '';
  const name = (p: BodyParagraph) => (p.n === 0 ? '标题' : `第 ${p.n} 段`);
  const from = select('从第几段读', paragraphs.map((p) => [String(p.n), name(p)]), String(paragraphs[current]?.n ?? ''));
  from.select.dataset.readAloudFrom = '';
  const stop = button('停止朗读');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.dataset.readAloudStatus = '';
  panel.append(pause, speed.label, from.label, stop, status);
  document.body.append(panel);
  // Room below the last paragraph, so it too can be read above the player.
  const padding = document.body.style.paddingBottom;
  const makeRoom = () => (document.body.style.paddingBottom = `${panel.offsetHeight + 2 * MARGIN}px`);
  makeRoom();
  const resized = new ResizeObserver(() => {
    makeRoom();
    const reading = paragraphs[current];
    if (reading) keepAbove(reading.el, panel, false);
  });
  resized.observe(panel);
  control.setAttribute('aria-expanded', 'true');
  control.textContent = '朗读中…';

  function button(text: string) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    return b;
  }
  function select(caption: string, options: string[][], value: string) {
    const label = document.createElement('label');
    label.textContent = `${caption} `;
    const s = document.createElement('select');
    for (const [v, text] of options) s.add(new Option(text, v));
    s.value = value;
    label.append(s);
    return { label, select: s };
  }
  function highlight(p: BodyParagraph | undefined) {
    document.querySelectorAll(`.${READING}`).forEach((el) => el.classList.remove(READING));
    if (!p) return;
    p.el.classList.add(READING);
    keepAbove(p.el, panel, !matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  /** Reads from paragraph `index` to the end; a newer call (or stop) supersedes it. */
  function readFrom(index: number) {
    const mine = ++run;
    synth.cancel();
    paused = false;
    pause.textContent = '暂停';
    const speakParagraph = (i: number) => {
      if (mine !== run) return;
      const p = paragraphs[i];
      current = i;
      highlight(p);
      if (!p) {
        status.textContent = '已读完。';
        return;
      }
      from.select.value = String(p.n);
      status.textContent = p.n === 0 ? '正在朗读标题' : `正在朗读第 ${p.n} 段（共 ${body} 段）`;
      const chunks = speechChunks(p.text);
      try {
        chunks.forEach((chunk, k) => {
        const u = new SpeechSynthesisUtterance(chunk);
        u.lang = LANG;
        u.voice = voice;
        u.rate = rate;
        if (k === chunks.length - 1) u.addEventListener('end', () => speakParagraph(i + 1));
        u.addEventListener('error', (e) => {
          if (mine === run && e.error !== 'interrupted' && e.error !== 'canceled') status.textContent = `朗读出错：${e.error}`;
        });
        synth.speak(u);
        });
      } catch (error) {
        status.textContent = `朗读出错：${error instanceof Error ? error.message : String(error)}`;
      }
    };
    speakParagraph(index);
  }

  pause.addEventListener('click', () => {
    if (paused) synth.resume();
    else synth.pause();
    paused = !paused;
    pause.textContent = paused ? '继续' : '暂停';
    const reading = paragraphs[current];
    status.textContent = paused ? '已暂停' : reading ? `正在朗读${name(reading)}` : '';
  });
  speed.select.addEventListener('change', () => {
    rate = Number(speed.select.value);
    readFrom(current);
  });
  from.select.addEventListener('change', () => readFrom(paragraphs.findIndex((p) => String(p.n) === from.select.value)));
  const close = () => {
    run++;
    synth.cancel();
    highlight(undefined);
    resized.disconnect();
    panel.remove();
    document.body.style.paddingBottom = padding;
    control.setAttribute('aria-expanded', 'false');
    control.textContent = '朗读';
    player = null;
    control.focus();
  };
  stop.addEventListener('click', close);
  readFrom(current);
  pause.focus();
  return { close };
}
