// The site's URL builder for this build's base path (every href of every page comes from here).
import { siteUrls } from '../core/urls.ts';

export const urls = siteUrls(import.meta.env.BASE_URL);
