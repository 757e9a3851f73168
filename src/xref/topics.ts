// The reviewed topic taxonomy lives in the one domain vocabulary (src/core/vocabulary.ts), which
// search shares for everyday words; the cross-links read its topics and synonyms from there.
export { TOPICS, type TopicDef } from '../core/vocabulary.ts';
