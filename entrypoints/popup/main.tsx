import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/common/theme.css';
import './style.css';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
