import { render } from 'preact';
import { DatasetApp } from '../../src/ui/dataset/DatasetApp';
import '../../src/ui/common/theme.css';
import './style.css';

render(<DatasetApp />, document.getElementById('app')!);
