/**
 * Asks the Data view's toolbar to delete a series (it asks the user first and reloads the grid
 * after): the series details panel's Delete button sends this, since the toolbar owns the
 * structure's actions and the panel does not reach it through the view's props.
 */
const DELETE_REQUEST = 'iwb:delete-series';

export function requestSeriesDelete(seriesKey: string): void {
  window.dispatchEvent(new CustomEvent<string>(DELETE_REQUEST, { detail: seriesKey }));
}

/** Calls `listener` with the key of each series whose delete is asked for; returns the unsubscribe. */
export function onSeriesDeleteRequest(listener: (seriesKey: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  window.addEventListener(DELETE_REQUEST, handler);
  return () => window.removeEventListener(DELETE_REQUEST, handler);
}
