import { lazy, Suspense, type ComponentProps } from 'react';

export type { ChartSeries, SeriesPoint } from './TimeChartView.js';

// The charting library is most of the bundle: only pages with charts download it.
const TimeChartView = lazy(() => import('./TimeChartView.js'));

export function TimeChart(props: ComponentProps<typeof TimeChartView>) {
  return (
    <Suspense
      fallback={
        <figure className="card chart-card">
          <figcaption className="card-title">{props.title}</figcaption>
          <div className="chart chart-placeholder" role="status">
            Loading chart…
          </div>
        </figure>
      }
    >
      <TimeChartView {...props} />
    </Suspense>
  );
}
