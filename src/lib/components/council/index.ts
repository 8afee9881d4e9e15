/**
 * Council mode's components, in one module that the page loads after itself (one lazy chunk:
 * two entries would split the page's shared modules into more, smaller chunks and add to its
 * first download). `CouncilSection` for the main page, `MemberView` for an invitation link.
 */
export { default as CouncilSection } from './CouncilSection.svelte';
export { default as MemberView } from './MemberView.svelte';
