import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { memoryStore } from '../support/memoryStore';

// A stand-in for howler: records what the player asks for, and can be told to fail.
const fake = vi.hoisted(() => {
  type Options = {
    src: string[];
    sprite?: Record<string, unknown>;
    onloaderror?: (id: number | null, error: unknown) => void;
    onplayerror?: (id: number, error: unknown) => void;
  };
  const state = {
    howls: [] as FakeHowl[],
    failConstruct: false,
    failPlay: false,
  };
  class FakeHowl {
    readonly calls: string[] = [];
    private nextId = 1;
    constructor(readonly options: Options) {
      if (state.failConstruct) throw new Error('no audio here');
      state.howls.push(this);
    }
    play(sprite?: string): number {
      this.calls.push(`play ${sprite ?? ''}`.trim());
      if (state.failPlay) throw new Error('play failed');
      return this.nextId++;
    }
    volume(volume: number, id: number) {
      this.calls.push(`volume ${volume} #${id}`);
      return this;
    }
    fade(from: number, to: number, _ms: number, id: number) {
      this.calls.push(`fade ${from}->${to} #${id}`);
      return this;
    }
    stop(id: number) {
      this.calls.push(`stop #${id}`);
      return this;
    }
    once(event: string) {
      this.calls.push(`once ${event}`);
      return this;
    }
  }
  const Howler = { volume: vi.fn(), mute: vi.fn(), ctx: null };
  return { state, FakeHowl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const { createSoundPlayer } = await import('../../src/audio/Sound');

const howlFor = (fragment: string) => fake.state.howls.find((h) => h.options.src[0].includes(fragment));

describe('the sound player', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    fake.state.howls.length = 0;
    fake.state.failConstruct = false;
    fake.state.failPlay = false;
    fake.Howler.volume.mockReset();
    fake.Howler.mute.mockReset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
    vi.useRealTimers();
  });

  it('loads and plays nothing before the first gesture', () => {
    const player = createSoundPlayer(null);
    player.playEffect('stamp');
    player.setAmbient('1953');
    player.setVolume(0.5);
    expect(fake.state.howls).toHaveLength(0);
    expect(fake.Howler.volume).not.toHaveBeenCalled();
  });

  it('unlocks at the first gesture, even a click with no pointer or key event (a screen reader)', () => {
    const player = createSoundPlayer(null);
    const page = new EventTarget();
    player.unlockOnFirstGesture(page);
    player.playEffect('gavel');
    expect(fake.state.howls).toHaveLength(0);
    page.dispatchEvent(new Event('click'));
    player.playEffect('gavel');
    expect(howlFor('gavel')?.calls).toEqual(['play']);
  });

  it('starts the wanted bed, preloads the effects and applies the settings at unlock', () => {
    const player = createSoundPlayer(null);
    player.setAmbient('1956');
    player.setVolume(0.5);
    player.unlock();
    expect(howlFor('ambient-1956')?.calls).toEqual(['play loop', 'volume 0 #1', 'fade 0->0.45 #1']);
    expect(howlFor('ambient-1956')?.options.sprite).toEqual({ loop: [500, 10000, true] });
    expect(fake.state.howls).toHaveLength(6);
    expect(fake.Howler.volume).toHaveBeenCalledWith(0.5);
    player.playEffect('stamp');
    expect(howlFor('stamp')?.calls).toEqual(['play']);
  });

  it('cross-fades from one era to the next and stops the old bed afterwards', () => {
    vi.useFakeTimers();
    const player = createSoundPlayer(null);
    player.unlock();
    player.setAmbient('1953');
    player.setAmbient('1953');
    player.setAmbient('1962');
    expect(howlFor('ambient-1953')?.calls).toEqual(['play loop', 'volume 0 #1', 'fade 0->0.45 #1', 'fade 0.45->0 #1']);
    expect(howlFor('ambient-1962')?.calls).toEqual(['play loop', 'volume 0 #1', 'fade 0->0.45 #1']);
    vi.runAllTimers();
    expect(howlFor('ambient-1953')?.calls.at(-1)).toBe('stop #1');
  });

  it('plays nothing for a bed the story names but the assets lack, and warns once', () => {
    const player = createSoundPlayer(null);
    player.unlock();
    player.setAmbient('1953');
    player.setAmbient('no-such-bed');
    player.setAmbient('no-such-bed');
    expect(howlFor('ambient-no-such-bed')).toBeUndefined();
    expect(howlFor('ambient-1953')?.calls).toContain('fade 0.45->0 #1');
    expect(warn.mock.calls.filter(([m]) => String(m).includes('no-such-bed'))).toHaveLength(1);
  });

  it('does not throw when howler cannot even be set up, and warns once per sound', () => {
    fake.state.failConstruct = true;
    const player = createSoundPlayer(null);
    player.unlock();
    for (let i = 0; i < 3; i++) {
      expect(() => player.playEffect('typewriter')).not.toThrow();
      expect(() => player.setAmbient(i % 2 === 0 ? '1962' : null)).not.toThrow();
    }
    const typewriterWarnings = warn.mock.calls.filter(([message]) => String(message).includes('typewriter'));
    expect(typewriterWarnings).toHaveLength(1);
  });

  it('gives up on a sound whose file fails to load, quietly', () => {
    const player = createSoundPlayer(null);
    player.unlock();
    const gavel = howlFor('gavel');
    gavel?.options.onloaderror?.(null, 'Decoding audio data failed.');
    player.playEffect('gavel');
    player.playEffect('gavel');
    expect(gavel?.calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('gavel');
  });

  it('keeps going when playing throws, and retries a refused bed after howler unlocks', () => {
    const player = createSoundPlayer(null);
    player.unlock();
    fake.state.failPlay = true;
    expect(() => player.playEffect('click')).not.toThrow();
    expect(() => player.playEffect('click')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);

    fake.state.failPlay = false;
    player.setAmbient('1953');
    const bed = howlFor('ambient-1953');
    bed?.options.onplayerror?.(1, 'autoplay blocked');
    expect(bed?.calls).toContain('once unlock');
    howlFor('murmur')?.options.onplayerror?.(1, 'autoplay blocked');
    expect(howlFor('murmur')?.calls).not.toContain('once unlock');
  });

  it('remembers volume and mute, clamped, and stays silent while muted', () => {
    const store = memoryStore();
    const first = createSoundPlayer(store);
    first.setVolume(3);
    first.setMuted(true);
    const second = createSoundPlayer(store);
    expect(second.getVolume()).toBe(1);
    expect(second.isMuted()).toBe(true);
    second.unlock();
    expect(fake.Howler.mute).toHaveBeenCalledWith(true);
    second.playEffect('stamp');
    expect(howlFor('stamp')?.calls).toEqual([]);
  });
});
