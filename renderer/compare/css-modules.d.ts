// Vite bundles imported stylesheets; the renderer tsconfig loads no vite/client types, so say what a CSS import is.
declare module '*.css';
