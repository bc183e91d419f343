// Printing one part of the page: the print stylesheet (teacher.css) shows only what
// `data-print` names, and the whole page again afterwards.
export function printOnly(part: 'instructions' | 'results'): void {
  document.body.dataset.print = part;
  window.addEventListener('afterprint', () => delete document.body.dataset.print, { once: true });
  window.print();
}
