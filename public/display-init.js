// Loaded as a blocking script in <head>: applies the remembered theme and text
// size before the first paint, so the page never flashes the wrong one.
try {
  var root = document.documentElement;
  var theme = localStorage.getItem('case-library:theme');
  var size = localStorage.getItem('case-library:text-size');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (size === '1' || size === '2' || size === '3') root.setAttribute('data-text-size', size);
} catch (e) {
  // Storage blocked: the system setting and the default size apply.
}
