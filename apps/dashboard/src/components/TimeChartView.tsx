import { Area, AreaChart, Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface SeriesPoint {
  start: string;
  [value: string]: number | string | null;
}

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

const axisTick = { fontSize: 12, fill: 'var(--text-muted)' };

function tickFormatter(granularity: 'hour' | 'day') {
  const format = new Intl.DateTimeFormat('en', granularity === 'hour' ? { hour: 'numeric' } : { month: 'short', day: 'numeric' });
  return (value: string) => format.format(new Date(value));
}

/** A titled chart over time (loaded lazily, see TimeChart.tsx): stacked bars, a line or an area; the table beneath is for screen readers. */
export default function TimeChartView({
  title,
  kind,
  data,
  series,
  granularity,
  formatValue = String,
  domain,
}: {
  title: string;
  kind: 'bar' | 'line' | 'area';
  data: SeriesPoint[];
  series: ChartSeries[];
  granularity: 'hour' | 'day';
  formatValue?: (value: number) => string;
  /** Fixed y range, e.g. [0, 1] for a rate. */
  domain?: [number, number];
}) {
  const formatTick = tickFormatter(granularity);
  const common = {
    data,
    margin: { top: 8, right: 8, bottom: 0, left: 0 },
  };
  const axes = (
    <>
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="start" tickFormatter={formatTick} tick={axisTick} tickLine={false} axisLine={false} minTickGap={24} />
      <YAxis
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        width={56}
        tickFormatter={(value: number) => formatValue(value)}
        allowDecimals={domain !== undefined}
        {...(domain ? { domain, ticks: [domain[0], (domain[0] + domain[1]) / 2, domain[1]] } : {})}
      />
      <Tooltip
        labelFormatter={(value) => new Date(String(value)).toLocaleString()}
        formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value ?? '—'))}
        contentStyle={{ borderRadius: 8, border: '1px solid var(--border)' }}
      />
    </>
  );
  return (
    <figure className="card chart-card">
      <figcaption className="card-title">{title}</figcaption>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={200} minWidth={200}>
          {kind === 'bar' ? (
            <BarChart {...common}>
              {axes}
              {series.map((item) => (
                <Bar key={item.key} dataKey={item.key} name={item.label} stackId="stack" fill={item.color} radius={[2, 2, 0, 0]} isAnimationActive={false} />
              ))}
            </BarChart>
          ) : kind === 'line' ? (
            <LineChart {...common}>
              {axes}
              {series.map((item) => (
                <Line key={item.key} dataKey={item.key} name={item.label} stroke={item.color} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          ) : (
            <AreaChart {...common}>
              {axes}
              {series.map((item) => (
                <Area key={item.key} dataKey={item.key} name={item.label} stroke={item.color} fill={item.color} fillOpacity={0.15} strokeWidth={2} isAnimationActive={false} />
              ))}
            </AreaChart>
          )}
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            {series.map((item) => (
              <th scope="col" key={item.key}>
                {item.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((point) => (
            <tr key={point.start}>
              <th scope="row">{formatTick(point.start)}</th>
              {series.map((item) => (
                <td key={item.key}>{point[item.key] === null ? '—' : formatValue(Number(point[item.key]))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
