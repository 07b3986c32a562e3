import type { Dataset } from '../../data/schema';

/** Always there: the dataset's version and date (what every citation refers to) and the other pages. */
export function PopupFooter({ dataset }: { dataset: Dataset | null }) {
  return (
    <footer class="pw-footer">
      <p data-pw-dataset-version>
        {dataset ? `Dataset ${dataset.meta.version} of ${dataset.meta.date}` : 'Dataset not loaded'}
      </p>
      <nav aria-label="Pledgewatch pages">
        <a href="dataset.html" target="_blank">
          Dataset browser
        </a>{' '}
        ·{' '}
        <a href="options.html" target="_blank">
          Options
        </a>
      </nav>
    </footer>
  );
}
