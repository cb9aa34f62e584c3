import styles from './editor.module.css';

/** The review's keys, on screen (DESIGN.md: the editor shows its keys). */
export function KeyLegend() {
  return (
    <p className={styles.legend} aria-label="Keys">
      <kbd>j</kbd>/<kbd>↓</kbd> next · <kbd>k</kbd>/<kbd>↑</kbd> previous · <kbd>a</kbd> accept ·{' '}
      <kbd>r</kbd> reject · <kbd>c</kbd> change the place · <kbd>e</kbd> accept everywhere ·{' '}
      <kbd>Tab</kbd> every button
    </p>
  );
}
