import { render } from 'preact';

render(<main><h1>Pledgewatch</h1></main>, document.getElementById('app')!);
