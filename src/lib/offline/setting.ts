/** localStorage key of the offline-reading setting: 'off' means no worker and no kept pages (see /offline/). */
export const OFFLINE_SETTING = 'case-library:offline';
