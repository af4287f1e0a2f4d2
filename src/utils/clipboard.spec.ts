import { copyText } from './clipboard';

describe('copyText', () => {
  it('resolves false, leaving nothing behind, when neither the Clipboard API nor execCommand works', async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    await expect(copyText('two lines\nof log', host)).resolves.toBe(false);
    expect(host.querySelector('textarea')).toBeNull();
    host.remove();
  });
});
