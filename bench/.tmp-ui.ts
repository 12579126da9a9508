import { benchUiList } from './ui-list.bench';
for (const line of await benchUiList()) console.log(line);
