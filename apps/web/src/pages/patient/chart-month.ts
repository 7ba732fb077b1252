const monthLabel = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: '2-digit' });

/** A chart's month axis label ("Jun 26") for a YYYY-MM month. */
export const formatChartMonth = (month: string) => monthLabel.format(new Date(`${month}-01T00:00:00Z`));
