// `/places/<id>?page=` and `?order=` (rewritten to `paged/`) frame the same first view as the place.
export { default } from '../page';
