// The poster backdrop behind the text: flat red, black and cream shapes drawn by code,
// redrawn when the window changes size or the story moves to another kind of place.
import type * as Phaser from 'phaser';
import { renderBriefly } from './frames';
import { pictureTexture } from '../art/pictureTextures';
import { backdropUrl } from '../art/backdrops';

export const PALETTE = {
  cream: 0xf2e6cf,
  paper: 0xe8d8b8,
  red: 0xb3261e,
  darkRed: 0x7a1712,
  black: 0x1a1a1a,
  grey: 0x6b6259,
} as const;

/** The painted backdrops are drawn at this size and scaled to cover the screen. */
const PAINTED = { width: 1600, height: 900 };

/** How each kind of place tints the sky and what stands on the horizon. */
const KINDS: Record<string, { sky: number; ray: number; skyline: 'kremlin' | 'hall' | 'fields' | 'table' }> = {
  title: { sky: PALETTE.red, ray: PALETTE.darkRed, skyline: 'kremlin' },
  office: { sky: PALETTE.paper, ray: PALETTE.cream, skyline: 'kremlin' },
  presidium: { sky: PALETTE.paper, ray: PALETTE.cream, skyline: 'table' },
  congress: { sky: PALETTE.darkRed, ray: PALETTE.red, skyline: 'hall' },
  plenum: { sky: PALETTE.paper, ray: PALETTE.cream, skyline: 'hall' },
  fields: { sky: PALETTE.cream, ray: PALETTE.paper, skyline: 'fields' },
  street: { sky: PALETTE.paper, ray: PALETTE.cream, skyline: 'kremlin' },
};

export class Backdrop {
  private readonly g: Phaser.GameObjects.Graphics;
  private kind: string | null = null;
  private painting: Phaser.GameObjects.Image | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.g = scene.add.graphics();
    scene.scale.on('resize', this.redraw, this);
  }

  show(kind: string | null): void {
    const next = kind && KINDS[kind] ? kind : 'office';
    if (next === this.kind) return;
    this.kind = next;
    this.redraw();
    this.paint(next);
  }

  /** Show the painted backdrop for `kind` over the drawn one, loading it the first time. */
  private paint(kind: string): void {
    const url = backdropUrl(kind);
    const key = `backdrop-${kind}`;
    this.painting?.destroy();
    this.painting = null;
    this.g.setVisible(true);
    if (!url) return;
    const place = () => {
      if (this.kind !== kind || !this.scene.textures.exists(key)) return;
      this.painting?.destroy();
      this.painting = this.scene.add.image(0, 0, key);
      // The painting covers the drawn poster: not drawing both halves the cost of a frame where
      // WebGL is drawn in software, and the room's movements draw many frames.
      this.g.setVisible(false);
      this.fit();
    };
    if (this.scene.textures.exists(key)) {
      place();
      return;
    }
    void pictureTexture(this.scene.game, key, url).then((loaded) => {
      if (loaded) place();
    });
  }

  private fit(): void {
    if (!this.painting) return;
    const { width: w, height: h } = this.scene.scale;
    const scale = Math.max(w / PAINTED.width, h / PAINTED.height);
    this.painting.setScale(scale).setPosition(w / 2, h / 2);
    renderBriefly(this.scene.game);
  }

  private redraw(): void {
    const { width: w, height: h } = this.scene.scale;
    const k = KINDS[this.kind ?? 'office'] ?? KINDS.office;
    const g = this.g.clear();
    g.fillStyle(k.sky, 1).fillRect(0, 0, w, h);
    this.rays(w * 0.78, h * 0.38, Math.hypot(w, h), k.ray);
    const horizon = h * 0.78;
    g.fillStyle(PALETTE.black, 1);
    if (k.skyline === 'kremlin') this.kremlin(w, horizon);
    else if (k.skyline === 'hall') this.hall(w, horizon);
    else if (k.skyline === 'table') this.table(w, horizon);
    else this.fields(w, horizon);
    g.fillRect(0, horizon, w, h - horizon);
    g.fillStyle(PALETTE.red, 1).fillRect(0, horizon, w, Math.max(4, h * 0.012));
    this.fit();
    renderBriefly(this.scene.game);
  }

  private rays(cx: number, cy: number, r: number, colour: number): void {
    const n = 18;
    this.g.fillStyle(colour, 0.9);
    for (let i = 0; i < n; i += 2) {
      const a0 = (i / n) * Math.PI * 2;
      const a1 = ((i + 1) / n) * Math.PI * 2;
      this.g.fillTriangle(cx, cy, cx + Math.cos(a0) * r, cy + Math.sin(a0) * r, cx + Math.cos(a1) * r, cy + Math.sin(a1) * r);
    }
  }

  private star(cx: number, cy: number, r: number): void {
    const g = this.g.fillStyle(PALETTE.red, 1);
    g.beginPath();
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? r : r * 0.42;
      if (i === 0) g.moveTo(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
      else g.lineTo(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
    }
    g.closePath().fillPath().fillStyle(PALETTE.black, 1);
  }

  private kremlin(w: number, y: number): void {
    const g = this.g;
    const wallH = y * 0.1;
    g.fillRect(0, y - wallH, w, wallH);
    for (let x = 0; x < w; x += 28) g.fillRect(x, y - wallH - 12, 16, 12);
    for (const [fx, tall] of [[0.55, 0.42], [0.74, 0.55], [0.9, 0.36]] as const) {
      const x = w * fx;
      const top = y - y * tall;
      const tw = Math.max(28, w * 0.035);
      g.fillRect(x - tw / 2, top + tw, tw, y - top - tw);
      g.fillTriangle(x - tw * 0.6, top + tw, x + tw * 0.6, top + tw, x, top - tw * 0.8);
      this.star(x, top - tw * 1.2, tw * 0.45);
    }
  }

  private hall(w: number, y: number): void {
    const g = this.g;
    for (let i = 0; i < 4; i++) g.fillRect(0, y - (i + 1) * y * 0.04, w, y * 0.025);
    const bx = w * 0.62;
    g.fillStyle(PALETTE.red, 1).fillRect(bx, y * 0.12, w * 0.3, y * 0.38);
    this.star(bx + w * 0.15, y * 0.31, Math.min(w, y) * 0.08);
    g.fillRect(w * 0.7, y - y * 0.22, w * 0.14, y * 0.22);
  }

  private table(w: number, y: number): void {
    const g = this.g;
    g.fillRect(w * 0.35, y - y * 0.1, w * 0.65, y * 0.04);
    for (let x = w * 0.38; x < w; x += Math.max(40, w * 0.05)) g.fillRect(x, y - y * 0.2, w * 0.02, y * 0.2);
    g.fillStyle(PALETTE.red, 1).fillRect(w * 0.6, y * 0.1, w * 0.05, y * 0.5).fillStyle(PALETTE.black, 1);
  }

  private fields(w: number, y: number): void {
    const g = this.g;
    g.fillStyle(PALETTE.red, 1).fillCircle(w * 0.8, y * 0.55, Math.min(w, y) * 0.12).fillStyle(PALETTE.black, 1);
    for (let x = 0; x < w; x += 22) g.fillTriangle(x, y, x + 6, y - 30 - ((x * 7) % 17), x + 12, y);
    g.fillRect(w * 0.62, y - 40, 70, 28).fillCircle(w * 0.62 + 14, y - 8, 14).fillCircle(w * 0.62 + 58, y - 10, 10);
  }
}
