/**
 * Reader page entry: `reader.html?article=<id>&passage=<passageId>`. The CSS import makes esbuild write
 * reader.css next to reader.js. The matcher marks entity names in the text the same way pages are marked.
 */
import './reader.css';
import { mountPage } from '../../shared/i18n/page-language';
import packedMatcherData from 'backstory:matcher-data';
import { createMatcher } from '../../detect/matcher';
import { unpackMatcherData } from '../../detect/packed-data';
import { ReaderContainer } from './ReaderContainer';

const params = new URLSearchParams(location.search);
const matcher = createMatcher(unpackMatcherData(packedMatcherData));
const root = document.getElementById('app');
if (root) {
  mountPage(root, () => (
    <ReaderContainer articleId={params.get('article')} passageId={params.get('passage')} findMentions={(text) => matcher.findAll(text)} />
  ));
}
