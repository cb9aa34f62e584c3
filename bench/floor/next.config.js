// The same framework settings as the app's next.config.js, and nothing else.
const path = require('node:path');
module.exports = {
  poweredByHeader: false,
  turbopack: { root: path.join(__dirname, '..', '..') },
  experimental: { inlineCss: true },
};
