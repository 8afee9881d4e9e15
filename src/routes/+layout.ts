// One prerendered page; the app runs entirely in the browser after that.
export const prerender = true;
export const trailingSlash = 'always';
