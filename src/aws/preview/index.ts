export {
  type ChangeSetPreview,
  type PreviewChangeSetOptions,
  type PreviewOutcome,
  previewChangeSet,
} from './preview-change-set.js';
