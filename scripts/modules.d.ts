// The build scripts' helpers ship no types of their own.
declare module 'polylabel';
declare module 'topojson-server';
