import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus';

describe('event bus', () => {
  it('delivers an event emitted by a subscriber after the one being delivered, to everyone', () => {
    const bus = createEventBus();
    const first: string[] = [];
    const second: string[] = [];
    bus.subscribe((event) => {
      first.push(event);
      if (event === 'account.changed') bus.emit('actions.progress', { actions: [] });
    });
    bus.subscribe((event) => second.push(event));
    bus.emit('account.changed', { activeId: null });
    expect(first).toEqual(['account.changed', 'actions.progress']);
    expect(second).toEqual(['account.changed', 'actions.progress']);
  });

  it('still delivers to everyone when a subscriber throws, and reports the error', () => {
    const errors: unknown[] = [];
    const bus = createEventBus({ onError: (error) => errors.push(error) });
    const seen: string[] = [];
    bus.subscribe(() => {
      throw new Error('broken subscriber');
    });
    bus.subscribe((event) => seen.push(event));
    bus.emit('app.navigate', { area: 'images' });
    bus.emit('app.navigate', { area: 'droplets' });
    expect(seen).toEqual(['app.navigate', 'app.navigate']);
    expect(errors).toHaveLength(2);
  });

  it('without an error handler, throws to the emitter after everyone had the event', () => {
    const bus = createEventBus();
    const seen: string[] = [];
    bus.subscribe(() => {
      throw new Error('broken subscriber');
    });
    bus.subscribe((event) => seen.push(event));
    expect(() => bus.emit('app.navigate', { area: 'images' })).toThrow('broken subscriber');
    expect(seen).toEqual(['app.navigate']);
    // The bus is not left mid-delivery: the next event goes out as usual.
    expect(() => bus.emit('account.changed', { activeId: null })).toThrow('broken subscriber');
    expect(seen).toEqual(['app.navigate', 'account.changed']);
  });
});
