import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/common/theme.css';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
