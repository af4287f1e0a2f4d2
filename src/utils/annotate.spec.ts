import { Component, Element, h } from '@stencil/core';
import { newSpecPage } from '@stencil/core/testing';
import { connectMarks, disconnectMarks, syncMarks } from './annotate';

let renders = 0;

@Component({ tag: 'marked-probe', shadow: true })
class MarkedProbe {
  @Element() el!: HTMLElement;
  connectedCallback() {
    connectMarks(this);
  }
  componentDidRender() {
    renders++;
    syncMarks(this, []);
  }
  disconnectedCallback() {
    disconnectMarks(this);
  }
  render() {
    return h('span', null, 'motto');
  }
}

describe('connectMarks', () => {
  it('draws again after a move in the DOM: the reconnected element renders again', async () => {
    renders = 0;
    const page = await newSpecPage({ components: [MarkedProbe], html: '<div id="a"><marked-probe></marked-probe></div><div id="b"></div>' });
    expect(renders).toBe(1);
    const probe = page.body.querySelector('marked-probe')!;
    page.body.querySelector('#b')!.appendChild(probe); // disconnect, then connect: the marks were removed
    await page.waitForChanges();
    expect(renders).toBe(2);
  });

  it('syncMarks before connectMarks does nothing (and does not throw)', () => {
    const el = document.createElement('div');
    expect(() => syncMarks({ el }, [])).not.toThrow();
    expect(() => disconnectMarks({ el })).not.toThrow();
  });
});
